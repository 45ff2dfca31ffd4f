package io.relaypay.interchange.common;

import java.net.URI;

/** The stable problem types of the API (docs/api.md); the URI never changes once published. */
public enum ProblemType {
    /** No, unknown or revoked credentials. */
    UNAUTHORIZED("unauthorized", 401, "Unauthorized"),
    /** Malformed or invalid request. */
    INVALID_REQUEST("invalid-request", 400, "Invalid request"),
    /** Unknown object, or one the caller may not see. */
    NOT_FOUND("not-found", 404, "Not found"),
    /** The object is in a state that does not allow this. */
    INVALID_STATE("invalid-state", 409, "Invalid state"),
    /** More refunded than is left of the payment. */
    REFUND_EXCEEDS_PAYMENT("refund-exceeds-payment", 409, "Refund exceeds payment"),
    /** Same idempotency key, different request. */
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", 409, "Idempotency key reused"),
    /** Same idempotency key while the first request runs. */
    IDEMPOTENCY_KEY_IN_USE("idempotency-key-in-use", 409, "Idempotency key in use"),
    /** A hosted page's form came back without the token the page gave it. */
    INVALID_FORM_TOKEN("invalid-form-token", 403, "Invalid form token"),
    /** Wrong method on a path. */
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "Method not allowed"),
    /** Body is not JSON. */
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Unsupported media type"),
    /** Too many requests. */
    RATE_LIMITED("rate-limited", 429, "Too many requests"),
    /** A gateway callback without a valid token (messaging's CallbackServer type). */
    CALLBACK_UNAUTHORIZED("callback-unauthorized", 401, "Unauthorized callback"),
    /** A gateway callback that cannot be read. */
    INVALID_CALLBACK("invalid-callback", 400, "Invalid callback"),
    /** A gateway callback for no channel or kind. */
    UNKNOWN_CALLBACK("unknown-callback", 404, "Unknown callback"),
    /** A gateway callback body over the size limit. */
    CALLBACK_TOO_LARGE("callback-too-large", 413, "Callback too large"),
    /** A gateway callback's event could not be stored now; the gateway sends it again. */
    SINK_UNAVAILABLE("sink-unavailable", 503, "Try again later"),
    /** An agent request without a valid device signature, or from a revoked device (docs/agent-protocol.md). */
    DEVICE_SIGNATURE_INVALID("device-signature-invalid", 401, "Device signature invalid"),
    /** A payment token that is malformed, wrongly signed, or not for this merchant or origin. */
    PAYMENT_TOKEN_INVALID("payment-token-invalid", 400, "Payment token invalid"),
    /** A payment token past its expiry. */
    PAYMENT_TOKEN_EXPIRED("payment-token-expired", 400, "Payment token expired"),
    /** A payment token whose nonce was already used by another request. */
    PAYMENT_TOKEN_REPLAYED("payment-token-replayed", 409, "Payment token replayed"),
    /** A wrong PIN; the problem says how many attempts are left. */
    PIN_INVALID("pin-invalid", 403, "PIN invalid"),
    /** Too many wrong PINs: PIN entry is locked for a while. */
    PIN_LOCKED("pin-locked", 423, "PIN locked"),
    /** The payer has not set a PIN yet. */
    PIN_NOT_SET("pin-not-set", 409, "PIN not set"),
    /** A wrong enrollment code; the problem says how many attempts are left. */
    ENROLLMENT_CODE_INVALID("enrollment-code-invalid", 400, "Enrollment code invalid"),
    /** An enrollment whose code expired or that failed after too many wrong codes. */
    ENROLLMENT_CLOSED("enrollment-closed", 410, "Enrollment closed"),
    /** The decision engine declined the payment. */
    PAYMENT_DECLINED("payment-declined", 402, "Payment declined"),
    /** Neither the balance nor the carrier could fund the payment. */
    INSUFFICIENT_FUNDS("insufficient-funds", 402, "Insufficient funds"),
    /** The payment failed for another reason. */
    PAYMENT_FAILED("payment-failed", 402, "Payment failed"),
    /** A bug or an outage; the detail says nothing about internals. */
    INTERNAL("internal", 500, "Internal error");

    private final URI uri;
    private final int status;
    private final String title;

    ProblemType(String slug, int status, String title) {
        this.uri = URI.create("https://relaypay.io/problems/" + slug);
        this.status = status;
        this.title = title;
    }

    /** The type URI. */
    public URI uri() {
        return uri;
    }

    /** The HTTP status. */
    public int status() {
        return status;
    }

    /** A short human title. */
    public String title() {
        return title;
    }
}
