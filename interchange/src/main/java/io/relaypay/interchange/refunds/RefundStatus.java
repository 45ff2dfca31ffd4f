package io.relaypay.interchange.refunds;

import java.util.Locale;

/** Where a refund stands: {@code PENDING} until the ledger has moved the money or refused to. */
public enum RefundStatus {
    /** Amount reserved on the payment; the ledger transfer is not done yet. */
    PENDING,
    /** The buyer's balance got the amount back. */
    SUCCEEDED,
    /** Nothing moved (the merchant's balance did not cover it); the amount is refundable again. */
    FAILED;

    /** The wire value, e.g. {@code succeeded}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
