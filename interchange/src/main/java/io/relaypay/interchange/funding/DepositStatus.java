package io.relaypay.interchange.funding;

import java.util.Locale;

/**
 * Where a deposit from a card, bank, stored-value account or phone bill is. Every waiting state
 * has a deadline the {@link DepositJanitor} enforces.
 */
public enum DepositStatus {
    /**
     * Created; waits for the code sent by SMS or the PIN (for the phone bill the amount is already
     * reserved on the bill). Expires after the code's lifetime.
     */
    REQUIRES_CONFIRMATION,
    /** Confirmed; the charge is being made or its outcome is unknown. The janitor looks it up. */
    PROCESSING,
    /** The card asks for a challenge; waits for the buyer's code. */
    REQUIRES_ACTION,
    /** The bank debit was accepted and settles later; the janitor polls it. Nothing is credited yet. */
    PENDING,
    /** The money is in the wallet. */
    SUCCEEDED,
    /** Declined, returned by the bank, or confirmed wrongly too often; nothing was credited. */
    FAILED,
    /** Never confirmed in time; nothing was charged, and what the source reserved was released. */
    EXPIRED,
    /** Cancelled before it was confirmed; nothing was charged, and what the source reserved was released. */
    CANCELED;

    /** The wire name, e.g. {@code requires_confirmation}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether it can change no more. */
    public boolean terminal() {
        return this == SUCCEEDED || this == FAILED || this == EXPIRED || this == CANCELED;
    }
}
