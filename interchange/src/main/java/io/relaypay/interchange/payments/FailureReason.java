package io.relaypay.interchange.payments;

import java.util.Locale;

/** Why a payment did not succeed, as merchants see it in {@code failure_reason}. */
public enum FailureReason {
    /** The decision engine refused the payment. */
    DECLINED,
    /** The buyer's balance was short and no funding method covered it. */
    INSUFFICIENT_FUNDS,
    /** Funding (operator billing, premium SMS, card) failed. */
    FUNDING_FAILED,
    /** Too many wrong codes or PINs. */
    CONFIRMATION_FAILED,
    /** The deadline passed. */
    EXPIRED,
    /** Canceled by the merchant or the buyer. */
    CANCELED,
    /**
     * The merchant asked for a shipping address and the buyer has none on file; found once the
     * phone confirmed, before any money moved.
     */
    SHIPPING_ADDRESS_MISSING;

    /** The wire value, e.g. {@code insufficient_funds}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
