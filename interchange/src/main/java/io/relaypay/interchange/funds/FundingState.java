package io.relaypay.interchange.funds;

/**
 * How far the money of a payment got. The balance path goes {@code STARTED → SETTLED}; operator
 * billing {@code CHARGING → CHARGED → SETTLED}, or {@code CHARGING → FAILED} when the carrier
 * declines. A record left in {@code CHARGING} means the carrier's answer was lost: the next settle
 * looks the charge up by its correlator before anything else.
 */
public enum FundingState {
    /** Settling from the balance has begun. */
    STARTED,
    /** A charge was (or is being) asked of the carrier; its outcome is not known yet. */
    CHARGING,
    /** The carrier charged the buyer; the ledger booking may still be missing. */
    CHARGED,
    /** The merchant was paid. */
    SETTLED,
    /** No money moved; the payment fails. */
    FAILED;

    /** Whether nothing more will happen. */
    public boolean terminal() {
        return this == SETTLED || this == FAILED;
    }
}
