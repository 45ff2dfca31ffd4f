package io.relaypay.interchange.settlement;

import java.util.Locale;

/** Where a payout is: {@code PENDING} until its ledger transfer is booked or refused. */
public enum PayoutStatus {
    /** Recorded; the transfer may or may not have been booked yet (the janitor finds out). */
    PENDING,
    /** The merchant's balance was moved to its payout account. */
    PAID,
    /** The balance no longer covered the amount (a refund came first); nothing moved. */
    FAILED;

    /** Whether the payout will not change any more. */
    public boolean terminal() {
        return this != PENDING;
    }

    /** The wire name, e.g. {@code paid}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
