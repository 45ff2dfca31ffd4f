package io.relaypay.messaging;

/** Why a message is sent; routing and retry rules differ per kind. */
public enum MessageKind {
    /** Carries a code the person confirms a payment or deposit with. */
    CONFIRMATION,
    /** Tells the person something (a receipt, a completion notice). */
    NOTIFICATION,
    /** A premium message whose delivery charges the phone bill; must never be sent twice. */
    PREMIUM_CHARGE
}
