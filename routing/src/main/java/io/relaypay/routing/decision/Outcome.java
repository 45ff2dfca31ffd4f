package io.relaypay.routing.decision;

/** The verdict of a decision. */
public enum Outcome {
    /** The payment may go ahead once the payer confirms it as required. */
    ALLOW,
    /** The payment must not happen; the reasons say why. */
    DENY
}
