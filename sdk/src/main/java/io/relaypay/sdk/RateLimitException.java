package io.relaypay.sdk;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Optional;

/** 429: too many requests; {@link #retryAfter()} says when to try again if the server said so. */
public final class RateLimitException extends ProblemException {

    private final Optional<Duration> retryAfter;

    RateLimitException(Problem problem, Optional<Duration> retryAfter) {
        super(problem);
        this.retryAfter = requireNonNull(retryAfter, "retryAfter");
    }

    /** How long the server asked to wait, from its {@code Retry-After} header. */
    public Optional<Duration> retryAfter() {
        return retryAfter;
    }
}
