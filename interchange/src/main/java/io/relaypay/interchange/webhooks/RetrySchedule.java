package io.relaypay.interchange.webhooks;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.random.RandomGenerator;

/**
 * When a failed webhook delivery is tried again: 1 min, 5 min, 30 min, 2 h, 5 h, 10 h, then every
 * 12 h, each spread by a random ±{@code jitterPercent} so that many deliveries failing together (a
 * merchant's outage) do not come back in one burst; and never past the delivery's give-up time,
 * three days after the event ({@link #WINDOW}), when it fails for good.
 */
public final class RetrySchedule {

    /** How long a delivery is retried after its event (or after an admin redelivery). */
    public static final Duration WINDOW = Duration.ofDays(3);

    private static final List<Duration> DELAYS = List.of(
            Duration.ofMinutes(1),
            Duration.ofMinutes(5),
            Duration.ofMinutes(30),
            Duration.ofHours(2),
            Duration.ofHours(5),
            Duration.ofHours(10));
    private static final Duration THEN_EVERY = Duration.ofHours(12);

    private final int jitterPercent;
    private final RandomGenerator random;

    /**
     * A schedule spreading each delay by up to ±{@code jitterPercent} percent, drawn from {@code
     * random}, which must be safe to share between threads.
     */
    public RetrySchedule(int jitterPercent, RandomGenerator random) {
        if (jitterPercent < 0 || jitterPercent > 50) {
            throw new IllegalArgumentException("jitter is 0 to 50 percent");
        }
        this.jitterPercent = jitterPercent;
        this.random = Objects.requireNonNull(random, "random");
    }

    /** The production schedule: ±10 % jitter. */
    public static RetrySchedule standard() {
        return new RetrySchedule(10, new Random());
    }

    /** The delay before the next attempt after {@code failedAttempts} (at least 1) failures, unjittered. */
    public static Duration baseDelay(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("there is no retry before the first attempt");
        }
        return failedAttempts <= DELAYS.size() ? DELAYS.get(failedAttempts - 1) : THEN_EVERY;
    }

    /** {@link #baseDelay} spread by the jitter. */
    public Duration delay(int failedAttempts) {
        long base = baseDelay(failedAttempts).toMillis();
        long spread = base * jitterPercent / 100;
        return Duration.ofMillis(base + (spread == 0 ? 0 : random.nextLong(-spread, spread + 1)));
    }

    /**
     * When to try again after the attempt at {@code now}, the {@code failedAttempts}-th failure in
     * a row; empty when that would be past {@code giveUpAt}: the delivery has failed for good.
     */
    public Optional<Instant> next(int failedAttempts, Instant now, Instant giveUpAt) {
        Instant next = now.plus(delay(failedAttempts));
        return next.isAfter(giveUpAt) ? Optional.empty() : Optional.of(next);
    }
}
