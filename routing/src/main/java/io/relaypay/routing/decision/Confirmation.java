package io.relaypay.routing.decision;

/**
 * How the payer must confirm a payment, weakest first; rules may only make it stronger. When no rule
 * asks, an SMS code is enough.
 */
public enum Confirmation {
    /** A one-time code sent by SMS to the payer's number: the baseline for every payment. */
    SMS_CODE,
    /** The payer's PIN. */
    PIN,
    /** Both an SMS code and the PIN. */
    BOTH;

    /** What satisfies both this and {@code other}: a code and a PIN together are both. */
    public Confirmation and(Confirmation other) {
        return this == other ? this : BOTH;
    }

    /** Whether this confirmation includes everything {@code other} asks for. */
    public boolean covers(Confirmation other) {
        return this == BOTH || this == other;
    }
}
