package io.relaypay.simulator.smsc;

/**
 * A token bucket: {@code perSecond} tokens per second, at most {@code perSecond} stored, so a burst
 * of one second's worth passes and then the rate holds. 0 means unlimited.
 */
final class ThroughputLimiter {

    private final int perSecond;
    private double tokens;
    private long lastNanos;

    ThroughputLimiter(int perSecond) {
        this.perSecond = perSecond;
        this.tokens = perSecond;
        this.lastNanos = System.nanoTime();
    }

    synchronized boolean tryAcquire() {
        if (perSecond == 0) {
            return true;
        }
        long now = System.nanoTime();
        tokens = Math.min(perSecond, tokens + (now - lastNanos) * perSecond / 1e9);
        lastNanos = now;
        if (tokens < 1) {
            return false;
        }
        tokens -= 1;
        return true;
    }
}
