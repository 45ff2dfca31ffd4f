package io.relaypay.routing.decision;

/** How the payer must confirm a payment; rules may only make it stronger. */
public enum Confirmation {
    /** A one-time code sent by SMS to the payer's number: the baseline for every payment. */
    SMS_CODE,
    /** The payer's PIN. */
    PIN,
    /** Both an SMS code and the PIN. */
    BOTH;

    /** The weakest confirmation that satisfies both this and {@code other}. */
    public Confirmation and(Confirmation other) {
        return this == other ? this : BOTH;
    }

    /** Whether this confirmation includes everything {@code other} asks for. */
    public boolean covers(Confirmation other) {
        return this == BOTH || this == other;
    }
}
