package io.relaypay.sdk;

/**
 * No answer came from the server: it could not be reached, the connection broke or timed out, or the
 * calling thread was interrupted. Raised after the client's retries, which reuse the idempotency key,
 * are spent; retrying later with the same key is safe.
 */
public final class ApiConnectionException extends RelaypayException {

    private final int attempts;

    ApiConnectionException(String message, int attempts, Throwable cause) {
        super(message + " (after " + attempts + (attempts == 1 ? " attempt)" : " attempts)"), cause);
        this.attempts = attempts;
    }

    /** How many times the request was sent. */
    public int attempts() {
        return attempts;
    }
}
