package io.relaypay.agent.http;

import java.time.Clock;

/**
 * A token bucket over every request the agent serves: all callers share the loopback interface, so
 * one bucket for all keeps a flooding page from starving the machine or the interchange lookups.
 */
final class RateLimiter {

    private final Clock clock;
    private final double perSecond;
    private final double burst;
    private double tokens;
    private long lastMillis;

    RateLimiter(Clock clock, double perSecond, int burst) {
        this.clock = clock;
        this.perSecond = perSecond;
        this.burst = burst;
        this.tokens = burst;
        this.lastMillis = clock.millis();
    }

    synchronized boolean tryAcquire() {
        long now = clock.millis();
        tokens = Math.min(burst, tokens + (now - lastMillis) / 1000.0 * perSecond);
        lastMillis = now;
        if (tokens < 1) {
            return false;
        }
        tokens -= 1;
        return true;
    }
}
