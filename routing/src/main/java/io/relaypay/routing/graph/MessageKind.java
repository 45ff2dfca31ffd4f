package io.relaypay.routing.graph;

/** Why a message is sent; only premium messages need a path that can bill. */
public enum MessageKind {
    /** A confirmation code or receipt that completes a payment. */
    CONFIRMATION,
    /** Any other information for the user. */
    NOTIFICATION,
    /** A billable (premium-rated) message that charges the subscriber a price point. */
    PREMIUM
}
