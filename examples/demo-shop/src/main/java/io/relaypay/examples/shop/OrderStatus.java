package io.relaypay.examples.shop;

import io.relaypay.sdk.PaymentStatus;
import java.util.Optional;

/**
 * Where an order stands. An order waits for its payment, then takes the payment's final outcome once;
 * after that nothing changes it, so late or repeated news about the payment is harmless.
 */
public enum OrderStatus {
    /** Placed; the payment is not final yet. */
    AWAITING_PAYMENT("awaiting_payment", "Awaiting payment"),
    /** The payment succeeded. */
    PAID("paid", "Paid"),
    /** The payment failed. */
    FAILED("failed", "Payment failed"),
    /** The payment was canceled. */
    CANCELED("canceled", "Canceled"),
    /** The buyer did not pay in time. */
    EXPIRED("expired", "Expired");

    private final String column;
    private final String label;

    OrderStatus(String column, String label) {
        this.column = column;
        this.label = label;
    }

    /** The value stored in the database. */
    public String column() {
        return column;
    }

    /** What the buyer reads. */
    public String label() {
        return label;
    }

    /** Whether the order can no longer change. */
    public boolean isFinal() {
        return this != AWAITING_PAYMENT;
    }

    /** The order status a payment in {@code status} leads to; empty while the payment is not final. */
    public static Optional<OrderStatus> after(PaymentStatus status) {
        return switch (status) {
            case SUCCEEDED -> Optional.of(PAID);
            case FAILED -> Optional.of(FAILED);
            case CANCELED -> Optional.of(CANCELED);
            case EXPIRED -> Optional.of(EXPIRED);
            case REQUIRES_PHONE_NUMBER, REQUIRES_CONFIRMATION, PROCESSING, UNKNOWN -> Optional.empty();
        };
    }

    /** The status stored as {@code column}. */
    public static OrderStatus fromColumn(String column) {
        for (OrderStatus status : values()) {
            if (status.column.equals(column)) {
                return status;
            }
        }
        throw new IllegalArgumentException("no order status is stored as " + column);
    }
}
