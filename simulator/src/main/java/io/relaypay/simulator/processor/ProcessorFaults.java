package io.relaypay.simulator.processor;

import java.time.Duration;
import java.util.Objects;

/** The injected faults of the processor API; every method is thread-safe. */
public final class ProcessorFaults {

    private boolean declineAll;
    private Duration latency = Duration.ZERO;
    private int dropsLeft;

    ProcessorFaults() {}

    /** Whether every new card and stored-value charge is declined. */
    public synchronized boolean declineAll() {
        return declineAll;
    }

    synchronized void declineAll(boolean on) {
        declineAll = on;
    }

    /** How long every request waits before it is handled. */
    public synchronized Duration latency() {
        return latency;
    }

    synchronized void latency(Duration delay) {
        if (Objects.requireNonNull(delay, "delay").isNegative()) {
            throw new IllegalArgumentException("latency must not be negative");
        }
        latency = delay;
    }

    synchronized void dropResponses(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative");
        }
        dropsLeft = count;
    }

    /** Whether the answer to a POST that was carried out must be dropped; consumes one drop. */
    public synchronized boolean takeDrop() {
        if (dropsLeft > 0) {
            dropsLeft--;
            return true;
        }
        return false;
    }
}
