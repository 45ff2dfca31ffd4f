package io.relaypay.interchange.retention;

import java.time.Duration;
import java.util.Objects;

/**
 * How long records that only explain the past are kept. Money is never purged: the ledger,
 * payments, refunds and the funding records stay for as long as the database does.
 *
 * @param events merchant events whose webhook was delivered or given up (or that had none), counted
 *     from the event; events still being delivered are kept
 * @param messages outbox messages in a final state, counted from their last change
 * @param replies handled MOs, counted from receipt; must outlive the MO duplicate window
 * @param decisions decision records, counted from the decision
 * @param batch rows deleted per statement, so that no purge holds locks for long
 */
public record RetentionPolicy(Duration events, Duration messages, Duration replies, Duration decisions, int batch) {

    /** Requires positive ages and batch. */
    public RetentionPolicy {
        for (Duration age : new Duration[] {
            Objects.requireNonNull(events, "events"),
            Objects.requireNonNull(messages, "messages"),
            Objects.requireNonNull(replies, "replies"),
            Objects.requireNonNull(decisions, "decisions")
        }) {
            if (age.isNegative() || age.isZero()) {
                throw new IllegalArgumentException("retention ages must be positive");
            }
        }
        if (batch < 1) {
            throw new IllegalArgumentException("batch must be positive");
        }
    }
}
