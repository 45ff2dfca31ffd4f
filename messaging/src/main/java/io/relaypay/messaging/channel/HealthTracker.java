package io.relaypay.messaging.channel;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The bookkeeping behind {@link Channel#health()} for channels that talk request/response to a
 * gateway: a bound on sends in flight, whether the last call reached the gateway, and successes and
 * failures counted in time buckets so that old results age out of the "recent" window.
 *
 * <p>Time comes from the injected clock, so tests drive the window without sleeping.
 */
public final class HealthTracker {
    private static final int BUCKETS = 10;

    private final Clock clock;
    private final long bucketMillis;
    private final Semaphore permits;
    private final int maxInFlight;
    private final long[] bucketStart = new long[BUCKETS];
    private final long[] successes = new long[BUCKETS];
    private final long[] failures = new long[BUCKETS];
    private volatile boolean connected;

    /**
     * @param clock where "now" comes from
     * @param window how far back "recent" reaches
     * @param maxInFlight how many sends may wait for the gateway at once
     */
    public HealthTracker(Clock clock, Duration window, int maxInFlight) {
        this.clock = Objects.requireNonNull(clock, "clock");
        if (window.toMillis() < BUCKETS) {
            throw new IllegalArgumentException("window too short: " + window);
        }
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("max in flight must be at least 1: " + maxInFlight);
        }
        this.bucketMillis = window.toMillis() / BUCKETS;
        this.maxInFlight = maxInFlight;
        this.permits = new Semaphore(maxInFlight, true);
        Arrays.fill(bucketStart, Long.MIN_VALUE);
    }

    /**
     * Takes one in-flight slot, waiting at most {@code wait}; false when the channel stays full, so
     * the caller answers "retryable" instead of queueing without bound.
     */
    public boolean tryEnter(Duration wait) {
        try {
            return permits.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Gives back a slot taken by {@link #tryEnter}. */
    public void exit() {
        permits.release();
    }

    /** Records a send the gateway accepted; the gateway was reached. */
    public void success() {
        connected = true;
        count(true);
    }

    /** Records a failed send; {@code reachedGateway} is false when no connection could be made. */
    public void failure(boolean reachedGateway) {
        connected = reachedGateway;
        count(false);
    }

    /** The health as the router reads it. */
    public ChannelHealth health() {
        long now = clock.millis();
        long oldest = bucketOf(now) - (BUCKETS - 1);
        long ok = 0;
        long failed = 0;
        synchronized (this) {
            for (int i = 0; i < BUCKETS; i++) {
                if (bucketStart[i] >= oldest) {
                    ok += successes[i];
                    failed += failures[i];
                }
            }
        }
        return new ChannelHealth(connected, maxInFlight - permits.availablePermits(), ok, failed);
    }

    private synchronized void count(boolean success) {
        long bucket = bucketOf(clock.millis());
        int slot = (int) Math.floorMod(bucket, (long) BUCKETS);
        if (bucketStart[slot] != bucket) {
            bucketStart[slot] = bucket;
            successes[slot] = 0;
            failures[slot] = 0;
        }
        if (success) {
            successes[slot]++;
        } else {
            failures[slot]++;
        }
    }

    private long bucketOf(long millis) {
        return Math.floorDiv(millis, bucketMillis);
    }
}
