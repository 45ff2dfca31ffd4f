package io.relaypay.routing.graph;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * One controller's circuit breaker. It opens when the error rate over the window exceeds the
 * policy's threshold (once the window holds enough outcomes) or while the bind is down; after the
 * cooldown it is half-open, and the next outcome closes or reopens it. Time comes only from the
 * injected clock, so tests drive it without sleeping. Thread-safe: messaging threads report
 * outcomes while the router reads states.
 */
public final class CircuitBreaker {

    /** The window is kept as this many buckets: the rate is exact to one bucket's width. */
    static final int BUCKETS = 10;

    private final BreakerPolicy policy;
    private final Clock clock;
    private final long bucketMillis;
    private final long[] bucketStart = new long[BUCKETS];
    private final int[] successes = new int[BUCKETS];
    private final int[] failures = new int[BUCKETS];
    private boolean bindDown;
    /** When trial traffic is allowed again; {@code null} while closed. */
    private Instant trialAt;

    /** A closed breaker. */
    public CircuitBreaker(BreakerPolicy policy, Clock clock) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.bucketMillis = policy.window().toMillis() / BUCKETS;
        Arrays.fill(bucketStart, Long.MIN_VALUE);
    }

    /** The state now. */
    public synchronized CircuitState state() {
        if (bindDown) {
            return CircuitState.OPEN;
        }
        if (trialAt == null) {
            return CircuitState.CLOSED;
        }
        return clock.instant().isBefore(trialAt) ? CircuitState.OPEN : CircuitState.HALF_OPEN;
    }

    /** A message was accepted by the controller. */
    public synchronized void recordSuccess() {
        if (state() == CircuitState.HALF_OPEN) {
            close();
            return;
        }
        bucket(clock.millis(), true);
    }

    /** A message failed at the controller (error response, timeout). */
    public synchronized void recordFailure() {
        long now = clock.millis();
        CircuitState state = state();
        if (state == CircuitState.HALF_OPEN) {
            open();
            return;
        }
        bucket(now, false);
        if (state == CircuitState.CLOSED && overThreshold(now)) {
            open();
        }
    }

    /** The bind (or connection) to the controller went down: open until it is back. */
    public synchronized void bindDown() {
        bindDown = true;
    }

    /** The bind is back: half-open at once, so that the next message tests it. */
    public synchronized void bindUp() {
        bindDown = false;
        trialAt = clock.instant();
    }

    private void open() {
        trialAt = clock.instant().plus(policy.cooldown());
    }

    private void close() {
        trialAt = null;
        Arrays.fill(bucketStart, Long.MIN_VALUE);
    }

    private void bucket(long nowMillis, boolean success) {
        long start = nowMillis - Math.floorMod(nowMillis, bucketMillis);
        int index = (int) Math.floorMod(start / bucketMillis, (long) BUCKETS);
        if (bucketStart[index] != start) {
            bucketStart[index] = start;
            successes[index] = 0;
            failures[index] = 0;
        }
        if (success) {
            successes[index]++;
        } else {
            failures[index]++;
        }
    }

    private boolean overThreshold(long nowMillis) {
        long oldest = nowMillis - policy.window().toMillis();
        long total = 0;
        long failed = 0;
        for (int i = 0; i < BUCKETS; i++) {
            if (bucketStart[i] > oldest) {
                total += successes[i] + failures[i];
                failed += failures[i];
            }
        }
        return total >= policy.minimumOutcomes() && failed * 1000 > policy.errorPermille() * total;
    }
}
