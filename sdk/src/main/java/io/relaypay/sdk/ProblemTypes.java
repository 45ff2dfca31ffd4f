package io.relaypay.sdk;

/** The stable problem {@code type}s of the merchant API ({@code docs/api.md}). */
public final class ProblemTypes {

    /** Common prefix of every type. */
    public static final String PREFIX = "https://relaypay.io/problems/";
    /** 401: no, unknown or revoked key. */
    public static final String UNAUTHORIZED = PREFIX + "unauthorized";
    /** 400: malformed JSON or a missing or bad field. */
    public static final String INVALID_REQUEST = PREFIX + "invalid-request";
    /** 404: unknown id, or another merchant's or mode's object. */
    public static final String NOT_FOUND = PREFIX + "not-found";
    /** 409: the object's state does not allow it (cancel a succeeded payment, …). */
    public static final String INVALID_STATE = PREFIX + "invalid-state";
    /** 409: the refund is more than what is left. */
    public static final String REFUND_EXCEEDS_PAYMENT = PREFIX + "refund-exceeds-payment";
    /** 409: the idempotency key was used for a different request. */
    public static final String IDEMPOTENCY_KEY_REUSED = PREFIX + "idempotency-key-reused";
    /** 409: the first request with this idempotency key is still running. */
    public static final String IDEMPOTENCY_KEY_IN_USE = PREFIX + "idempotency-key-in-use";
    /** 415: the body was not JSON. */
    public static final String UNSUPPORTED_MEDIA_TYPE = PREFIX + "unsupported-media-type";
    /** 429: too many requests. */
    public static final String RATE_LIMITED = PREFIX + "rate-limited";
    /** 500: a server bug. */
    public static final String INTERNAL = PREFIX + "internal";

    private ProblemTypes() {}
}
