package io.relaypay.interchange.funds;

/**
 * How far the money of a payment got. The balance path goes {@code STARTED → SETTLED}; operator
 * billing {@code CHARGING → CHARGED → SETTLED}, or {@code CHARGING → FAILED} when the carrier
 * declines. A record left in {@code CHARGING} means the carrier's answer was lost: the next settle
 * looks the charge up by its correlator before anything else. When the carrier refuses to bill the
 * purchase (not for lack of funds) and premium SMS may top up the balance: {@code CHARGING →
 * DEPOSITING → SETTLED}, or {@code FAILED} when the top-up does not fully succeed.
 */
public enum FundingState {
    /** Settling from the balance has begun. */
    STARTED,
    /** A charge was (or is being) asked of the carrier; its outcome is not known yet. */
    CHARGING,
    /** The carrier charged the buyer; the ledger booking may still be missing. */
    CHARGED,
    /** A premium SMS top-up of the balance is under way; the payment waits for it. */
    DEPOSITING,
    /** The merchant was paid. */
    SETTLED,
    /** No money moved; the payment fails. */
    FAILED;

    /** Whether nothing more will happen. */
    public boolean terminal() {
        return this == SETTLED || this == FAILED;
    }
}
