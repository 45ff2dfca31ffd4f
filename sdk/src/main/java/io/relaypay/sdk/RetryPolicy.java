package io.relaypay.sdk;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * How the client retries a request that failed in a way that is safe to repeat: no answer (connection
 * refused, reset or timed out), a 5xx, a 429 that says when to come back ({@code Retry-After}), or a
 * 409 {@code idempotency-key-in-use}. Every retry reuses the request's idempotency key, so a POST that
 * did reach the server is not applied twice. Waits grow exponentially from {@code initialBackoff} to
 * {@code maxBackoff}, with random jitter down to half; a {@code Retry-After} is honoured as given, and
 * one longer than {@code maxRetryAfter} ends the retries.
 *
 * @param maxRetries how many times a request is repeated at most (0: never)
 * @param initialBackoff the wait before the first retry, before jitter
 * @param maxBackoff the longest wait between attempts, before jitter
 * @param maxRetryAfter the longest {@code Retry-After} the client waits for
 */
public record RetryPolicy(int maxRetries, Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfter) {

    /** Refuses negative counts and durations. */
    public RetryPolicy {
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must not be negative, got " + maxRetries);
        }
        for (Duration d : new Duration[] {
            requireNonNull(initialBackoff, "initialBackoff"),
            requireNonNull(maxBackoff, "maxBackoff"),
            requireNonNull(maxRetryAfter, "maxRetryAfter")
        }) {
            if (d.isNegative()) {
                throw new IllegalArgumentException("durations must not be negative, got " + d);
            }
        }
    }

    /** Two retries, 500 ms then 1 s (before jitter), waiting at most 30 s for a {@code Retry-After}. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(2, Duration.ofMillis(500), Duration.ofSeconds(5), Duration.ofSeconds(30));
    }

    /** No retries: every failure is reported at once. */
    public static RetryPolicy none() {
        return new RetryPolicy(0, Duration.ZERO, Duration.ZERO, Duration.ZERO);
    }

    /** The same policy with another number of retries. */
    public RetryPolicy withMaxRetries(int maxRetries) {
        return new RetryPolicy(maxRetries, initialBackoff, maxBackoff, maxRetryAfter);
    }

    /** The wait before retry number {@code retry} (0-based) with jitter {@code jitter} in [0, 1). */
    Duration backoff(int retry, double jitter) {
        Duration wait = initialBackoff.multipliedBy(1L << Math.min(retry, 20));
        if (wait.compareTo(maxBackoff) > 0) {
            wait = maxBackoff;
        }
        long nanos = wait.toNanos();
        return Duration.ofNanos(nanos / 2 + (long) (nanos / 2 * jitter));
    }
}
