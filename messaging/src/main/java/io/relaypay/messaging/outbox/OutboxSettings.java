package io.relaypay.messaging.outbox;

import java.time.Duration;
import java.util.Objects;

/**
 * How the outbox dispatches and retries.
 *
 * @param node this process's name in leases, so operators see who holds a message
 * @param batchSize messages claimed per database round trip
 * @param concurrency hand-overs in flight at once from this node
 * @param lease how long a claim is held before the janitor may take the message back
 * @param reconcileWindow how long an unknown outcome waits for delivery reports before a retry;
 *     longer than the slowest controller's receipt delay
 * @param receiptDeadline how long after submission a final delivery report may still come
 * @param maxAttemptsPerRoute retryable answers tolerated on one route before trying the next
 * @param firstBackoff the delay after the first retryable answer; doubles each time
 * @param maxBackoff the cap of that delay
 * @param pollInterval how often an idle dispatcher looks for due messages
 */
public record OutboxSettings(
        String node,
        int batchSize,
        int concurrency,
        Duration lease,
        Duration reconcileWindow,
        Duration receiptDeadline,
        int maxAttemptsPerRoute,
        Duration firstBackoff,
        Duration maxBackoff,
        Duration pollInterval) {

    /** Checks the settings. */
    public OutboxSettings {
        Objects.requireNonNull(node, "node");
        if (batchSize < 1 || concurrency < 1 || maxAttemptsPerRoute < 1) {
            throw new IllegalArgumentException("batchSize, concurrency and maxAttemptsPerRoute must be positive");
        }
        for (Duration d :
                new Duration[] {lease, reconcileWindow, receiptDeadline, firstBackoff, maxBackoff, pollInterval}) {
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("durations must be positive");
            }
        }
    }

    /** Production defaults for a node called {@code node}. */
    public static OutboxSettings defaults(String node) {
        return new OutboxSettings(
                node,
                200,
                64,
                Duration.ofSeconds(60),
                Duration.ofMinutes(5),
                Duration.ofHours(48),
                5,
                Duration.ofSeconds(1),
                Duration.ofMinutes(5),
                Duration.ofMillis(100));
    }

    /** The delay before attempt {@code attempts + 1} after a retryable answer. */
    public Duration backoff(int attempts) {
        Duration delay = firstBackoff.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return delay.compareTo(maxBackoff) > 0 ? maxBackoff : delay;
    }

    /** A copy with another reconcile window (tests use seconds, not minutes). */
    public OutboxSettings withReconcileWindow(Duration window) {
        return new OutboxSettings(
                node,
                batchSize,
                concurrency,
                lease,
                window,
                receiptDeadline,
                maxAttemptsPerRoute,
                firstBackoff,
                maxBackoff,
                pollInterval);
    }

    /** A copy with another lease. */
    public OutboxSettings withLease(Duration newLease) {
        return new OutboxSettings(
                node,
                batchSize,
                concurrency,
                newLease,
                reconcileWindow,
                receiptDeadline,
                maxAttemptsPerRoute,
                firstBackoff,
                maxBackoff,
                pollInterval);
    }
}
