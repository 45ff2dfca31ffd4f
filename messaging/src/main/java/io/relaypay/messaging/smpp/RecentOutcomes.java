package io.relaypay.messaging.smpp;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;

/**
 * Successes and failures over the last {@code seconds} seconds, in one bucket per second, for the
 * router's view of a channel. Counting takes no lock; a count racing the reuse of a one-minute-old
 * bucket may be lost, which a health figure can afford.
 */
final class RecentOutcomes {
    private final int seconds;
    private final Clock clock;
    private final AtomicLongArray stamps;
    private final LongAdder[] successes;
    private final LongAdder[] failures;

    RecentOutcomes(int seconds, Clock clock) {
        this.seconds = seconds;
        this.clock = clock;
        this.stamps = new AtomicLongArray(seconds);
        this.successes = new LongAdder[seconds];
        this.failures = new LongAdder[seconds];
        for (int i = 0; i < seconds; i++) {
            stamps.set(i, Long.MIN_VALUE);
            successes[i] = new LongAdder();
            failures[i] = new LongAdder();
        }
    }

    void success() {
        successes[bucket()].increment();
    }

    void failure() {
        failures[bucket()].increment();
    }

    long successes() {
        return sum(successes);
    }

    long failures() {
        return sum(failures);
    }

    private int bucket() {
        long now = clock.millis() / 1000;
        int index = (int) Math.floorMod(now, (long) seconds);
        long stamp = stamps.get(index);
        if (stamp != now && stamps.compareAndSet(index, stamp, now)) {
            successes[index].reset();
            failures[index].reset();
        }
        return index;
    }

    private long sum(LongAdder[] counts) {
        long now = clock.millis() / 1000;
        long total = 0;
        for (int i = 0; i < seconds; i++) {
            long stamp = stamps.get(i);
            if (stamp > now - seconds && stamp <= now) {
                total += counts[i].sum();
            }
        }
        return total;
    }
}
