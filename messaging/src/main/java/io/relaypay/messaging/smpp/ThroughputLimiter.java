package io.relaypay.messaging.smpp;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A token bucket for submit_sm: {@code perSecond} slots a second, with a burst of a twentieth of a
 * second's worth, handed out in order. A caller reserves the next slot with one compare-and-set and
 * sleeps until it comes, so the limit waits rather than fails and takes no lock.
 */
final class ThroughputLimiter {

    /** Monotonic time in nanoseconds. */
    interface Ticker {
        long nanos();
    }

    /** Waits; a test records instead. */
    interface Sleeper {
        void sleepNanos(long nanos) throws InterruptedException;
    }

    private final long intervalNanos;
    private final long burstNanos;
    private final Ticker ticker;
    private final Sleeper sleeper;
    private final AtomicLong nextSlot;

    /** {@code perSecond} of 0 means no limit. */
    ThroughputLimiter(int perSecond, Ticker ticker, Sleeper sleeper) {
        if (perSecond < 0) {
            throw new IllegalArgumentException("perSecond must not be negative");
        }
        this.intervalNanos = perSecond == 0 ? 0 : TimeUnit.SECONDS.toNanos(1) / perSecond;
        // A slot this far in the past is still free: the burst beyond the slot now.
        this.burstNanos = intervalNanos * (Math.max(1, perSecond / 20) - 1);
        this.ticker = ticker;
        this.sleeper = sleeper;
        this.nextSlot = new AtomicLong(ticker.nanos() - burstNanos);
    }

    static ThroughputLimiter of(int perSecond) {
        return new ThroughputLimiter(perSecond, System::nanoTime, TimeUnit.NANOSECONDS::sleep);
    }

    /** Waits for the next slot. */
    void acquire() throws InterruptedException {
        if (intervalNanos == 0) {
            return;
        }
        while (true) {
            long now = ticker.nanos();
            long previous = nextSlot.get();
            // Slots unused for longer than the burst are gone: an idle bind does not save up.
            long slot = Math.max(previous, now - burstNanos);
            if (nextSlot.compareAndSet(previous, slot + intervalNanos)) {
                long wait = slot - now;
                if (wait > 0) {
                    sleeper.sleepNanos(wait);
                }
                return;
            }
        }
    }
}
