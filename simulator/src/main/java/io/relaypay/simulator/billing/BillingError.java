package io.relaypay.simulator.billing;

/**
 * Why the operator billing refused a request. Nothing is changed when one is raised. The HTTP API
 * maps each to a status, a CAMARA {@code code} and a stable problem {@code type}.
 */
public enum BillingError {
    /** No subscriber with that number on this network. */
    UNKNOWN_PHONE_NUMBER,
    /** The subscriber's carrier does not offer operator billing. */
    BILLING_NOT_SUPPORTED,
    /** The subscriber barred third-party billing. */
    BILLING_BLOCKED,
    /** Refused by the {@code declineAll} fault. */
    PAYMENT_DENIED,
    /** A prepaid phone's remaining credit does not cover the amount. */
    INSUFFICIENT_CREDIT,
    /** The amount would take the subscriber over the monthly spending limit. */
    SPENDING_LIMIT_EXCEEDED,
    /** The currency is not the one the carrier bills in. */
    CURRENCY_NOT_SUPPORTED,
    /** The {@code clientCorrelator} was already used for a different request. */
    CLIENT_CORRELATOR_CONFLICT,
    /** No payment with that id (or not for that phone number). */
    PAYMENT_NOT_FOUND,
    /** No refund with that id for that payment. */
    REFUND_NOT_FOUND,
    /** Confirm or cancel of a payment that was already charged. */
    PAYMENT_CONFIRMED,
    /** Confirm or cancel of a reservation that was already cancelled (or expired). */
    PAYMENT_CANCELLED,
    /** Refund of a payment that was not charged. */
    INVALID_PAYMENT_STATUS,
    /** A refund larger than what is left of the payment. */
    REFUND_AMOUNT_EXCEEDED,
    /** A refund refused by the {@code declineAll} fault. */
    REFUND_DENIED
}
