package io.relaypay.sdk;

/** The kind of a webhook event; a type this SDK does not know reads as {@link #UNKNOWN}. */
public enum EventType {
    /** A payment was paid. */
    PAYMENT_SUCCEEDED("payment.succeeded"),
    /** A payment failed. */
    PAYMENT_FAILED("payment.failed"),
    /** A payment was canceled. */
    PAYMENT_CANCELED("payment.canceled"),
    /** A payment expired while waiting for the buyer. */
    PAYMENT_EXPIRED("payment.expired"),
    /** A refund went through. */
    REFUND_SUCCEEDED("refund.succeeded"),
    /** A refund failed. */
    REFUND_FAILED("refund.failed"),
    /** An event type this version of the SDK does not know. */
    UNKNOWN("unknown");

    private final String wireValue;

    EventType(String wireValue) {
        this.wireValue = wireValue;
    }

    /** The value as it appears in JSON. */
    public String wireValue() {
        return wireValue;
    }

    /** The type for a wire value; {@link #UNKNOWN} for any value this SDK does not know. */
    public static EventType fromWire(String value) {
        for (EventType type : values()) {
            if (type != UNKNOWN && type.wireValue.equals(value)) {
                return type;
            }
        }
        return UNKNOWN;
    }
}
