package io.relaypay.messaging.smpp;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Delay before the next bind attempt: doubling from {@code initial} up to {@code max}, with
 * "equal jitter" (half fixed, half random) so that many channels that lost one SMSC together do
 * not bind again in lockstep.
 *
 * @param initial delay before the first retry
 * @param max cap of every delay
 */
record Backoff(Duration initial, Duration max) {

    Duration delay(int attempt, RandomGenerator random) {
        long cap = max.toMillis();
        long base = initial.toMillis();
        for (int i = 0; i < attempt && base < cap; i++) {
            base *= 2;
        }
        base = Math.min(base, cap);
        long half = base / 2;
        return Duration.ofMillis(half + random.nextLong(base - half + 1));
    }
}
