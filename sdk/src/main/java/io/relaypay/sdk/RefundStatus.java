package io.relaypay.sdk;

/** Where a refund stands; a value this SDK does not know reads as {@link #UNKNOWN}. */
public enum RefundStatus {
    /** Accepted, not yet settled. */
    PENDING("pending"),
    /** The money went back to the buyer. */
    SUCCEEDED("succeeded"),
    /** The refund could not be made. */
    FAILED("failed"),
    /** A status this version of the SDK does not know. */
    UNKNOWN("unknown");

    private final String wireValue;

    RefundStatus(String wireValue) {
        this.wireValue = wireValue;
    }

    /** The value as it appears in JSON. */
    public String wireValue() {
        return wireValue;
    }

    /** The status for a wire value; {@link #UNKNOWN} for any value this SDK does not know. */
    public static RefundStatus fromWire(String value) {
        for (RefundStatus status : values()) {
            if (status != UNKNOWN && status.wireValue.equals(value)) {
                return status;
            }
        }
        return UNKNOWN;
    }
}
