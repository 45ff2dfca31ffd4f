package io.relaypay.simulator;

import java.time.Duration;
import java.util.Objects;

/**
 * The faults injected into one of the simulator's HTTP APIs (operator billing, the card and bank
 * processor) through its control endpoint; every method is thread-safe.
 */
public final class ApiFaults {

    private boolean declineAll;
    private Duration latency = Duration.ZERO;
    private int dropsLeft;
    private int requestDropsLeft;

    /** No faults. */
    public ApiFaults() {}

    /** Whether every new charge (and, for billing, refund) is refused. */
    public synchronized boolean declineAll() {
        return declineAll;
    }

    /** Refuses every new charge, or stops refusing. */
    public synchronized void declineAll(boolean on) {
        declineAll = on;
    }

    /** How long every request waits before it is handled. */
    public synchronized Duration latency() {
        return latency;
    }

    /** Makes every request wait {@code delay}. */
    public synchronized void latency(Duration delay) {
        if (Objects.requireNonNull(delay, "delay").isNegative()) {
            throw new IllegalArgumentException("latency must not be negative");
        }
        latency = delay;
    }

    /** Drops the answers of the next {@code count} requests that change something. */
    public synchronized void dropResponses(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative");
        }
        dropsLeft = count;
    }

    /**
     * Drops the next {@code count} POSTs before any work: the connection is closed without an
     * answer and nothing changed, so the client cannot tell this from a lost answer and must look
     * the request up (finding nothing) before it repeats it.
     */
    public synchronized void dropRequests(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative");
        }
        requestDropsLeft = count;
    }

    /** Whether a POST must be dropped before it is carried out; consumes one. */
    public synchronized boolean takeRequestDrop() {
        if (requestDropsLeft > 0) {
            requestDropsLeft--;
            return true;
        }
        return false;
    }

    /** Whether the answer to a request that changed something must be dropped; consumes one drop. */
    public synchronized boolean takeDrop() {
        if (dropsLeft > 0) {
            dropsLeft--;
            return true;
        }
        return false;
    }
}
