package io.relaypay.sdk;

/**
 * Where a payment stands, with the wire values of {@code docs/api.md}. A value this SDK does not know
 * (the server is newer) reads as {@link #UNKNOWN} instead of failing, so an older SDK keeps working.
 */
public enum PaymentStatus {
    /** Created; the buyer has not yet given a phone number. */
    REQUIRES_PHONE_NUMBER("requires_phone_number"),
    /** Waiting for the buyer to confirm (SMS reply, code, PIN or agent). */
    REQUIRES_CONFIRMATION("requires_confirmation"),
    /** Confirmed; funds are moving. */
    PROCESSING("processing"),
    /** Paid. Final. */
    SUCCEEDED("succeeded"),
    /** Not paid; see {@link Payment#failureReason()}. Final. */
    FAILED("failed"),
    /** Canceled by the merchant or the buyer before processing. Final. */
    CANCELED("canceled"),
    /** The deadline passed while waiting for the buyer. Final. */
    EXPIRED("expired"),
    /** A status this version of the SDK does not know. */
    UNKNOWN("unknown");

    private final String wireValue;

    PaymentStatus(String wireValue) {
        this.wireValue = wireValue;
    }

    /** The value as it appears in JSON. */
    public String wireValue() {
        return wireValue;
    }

    /** Whether the payment can no longer change status (an unknown status is not assumed final). */
    public boolean isFinal() {
        return switch (this) {
            case SUCCEEDED, FAILED, CANCELED, EXPIRED -> true;
            case REQUIRES_PHONE_NUMBER, REQUIRES_CONFIRMATION, PROCESSING, UNKNOWN -> false;
        };
    }

    /** The status for a wire value; {@link #UNKNOWN} for any value this SDK does not know. */
    public static PaymentStatus fromWire(String value) {
        for (PaymentStatus status : values()) {
            if (status != UNKNOWN && status.wireValue.equals(value)) {
                return status;
            }
        }
        return UNKNOWN;
    }
}
