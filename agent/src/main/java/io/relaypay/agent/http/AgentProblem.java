package io.relaypay.agent.http;

/**
 * The stable problem types the agent answers with ({@code docs/agent.md}); a request refused for
 * Host or Origin always gets {@link #FORBIDDEN} with no detail, whatever the exact reason.
 */
public enum AgentProblem {
    /** Wrong Host, missing, {@code null} or not allowed Origin, or no pairing: the uniform refusal. */
    FORBIDDEN("forbidden", 403, "Forbidden"),
    /** No such path. */
    NOT_FOUND("not-found", 404, "Not found"),
    /** Wrong method on a path. */
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "Method not allowed"),
    /** The body is not {@code application/json}. */
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Unsupported media type"),
    /** The body is larger than the agent reads. */
    REQUEST_TOO_LARGE("request-too-large", 413, "Request too large"),
    /** Malformed JSON or a missing field. */
    INVALID_REQUEST("invalid-request", 400, "Invalid request"),
    /** Too many requests in a short time. */
    RATE_LIMITED("rate-limited", 429, "Too many requests"),
    /** The payment token's signature, merchant key or claims do not check out. */
    PAYMENT_TOKEN_INVALID("payment-token-invalid", 400, "Invalid payment token"),
    /** The payment token is past its expiry (or issued too long ago). */
    PAYMENT_TOKEN_EXPIRED("payment-token-expired", 400, "Payment token expired"),
    /** The payment token's nonce was used already. */
    PAYMENT_TOKEN_REPLAYED("payment-token-replayed", 409, "Payment token replayed"),
    /** Another prompt is open; the agent shows one at a time. */
    PROMPT_BUSY("prompt-busy", 409, "Another prompt is open"),
    /** The user did not approve the app's pairing. */
    PAIRING_DECLINED("pairing-declined", 403, "Pairing declined"),
    /** The agent has no device key yet: run {@code relaypay agent enroll}. */
    NOT_ENROLLED("not-enrolled", 409, "Agent not enrolled"),
    /** The interchange could not be reached or answered something the agent cannot read. */
    INTERCHANGE_UNAVAILABLE("interchange-unavailable", 502, "Interchange unavailable"),
    /** A bug; the detail says nothing about internals. */
    INTERNAL("internal", 500, "Internal error");

    /** Common prefix of every type, the same as the interchange's. */
    public static final String PREFIX = "https://relaypay.io/problems/";

    private final String slug;
    private final int status;
    private final String title;

    AgentProblem(String slug, int status, String title) {
        this.slug = slug;
        this.status = status;
        this.title = title;
    }

    /** The problem's {@code type} URI. */
    public String type() {
        return PREFIX + slug;
    }

    /** The HTTP status it is answered with. */
    public int status() {
        return status;
    }

    /** The short human title. */
    public String title() {
        return title;
    }
}
