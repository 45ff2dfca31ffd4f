package io.relaypay.sdk;

import static java.util.Objects.requireNonNull;

/**
 * A webhook that must not be acted on: its {@code Relaypay-Signature} header is missing or malformed,
 * no signature in it matches the body, its timestamp is outside the tolerance, or the signed body is
 * not an event. Answer such a request with 400 and change nothing.
 */
public final class SignatureVerificationException extends RuntimeException {

    /** Why the webhook was refused. */
    public enum Reason {
        /** The header is absent, too long, or not {@code t=<seconds>,v1=<hex>[,v1=<hex>…]}. */
        MALFORMED_HEADER,
        /** The header carries no {@code v1} signature. */
        NO_SIGNATURE,
        /** No {@code v1} signature matches the body under this secret: forged, tampered or wrong secret. */
        SIGNATURE_MISMATCH,
        /** The signed timestamp is too far in the past (a replay) or in the future. */
        TIMESTAMP_OUT_OF_TOLERANCE,
        /** Correctly signed, but the body is not a Relaypay event. */
        MALFORMED_PAYLOAD
    }

    private final Reason reason;

    SignatureVerificationException(Reason reason, String message) {
        super(message);
        this.reason = requireNonNull(reason, "reason");
    }

    SignatureVerificationException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = requireNonNull(reason, "reason");
    }

    /** Why the webhook was refused. */
    public Reason reason() {
        return reason;
    }
}
