package io.relaypay.interchange.retention;

import io.relaypay.messaging.outbox.Outbox;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes what the {@link RetentionPolicy} no longer keeps. Every node may run it: the deletes are
 * of rows nobody changes any more, so two nodes at once only share the work.
 */
public final class RetentionJanitor {

    private static final Logger log = LoggerFactory.getLogger(RetentionJanitor.class);

    /** Batches per kind and pass, so one pass ends even on a table that grows faster than we delete. */
    private static final int MAX_BATCHES = 100;

    private final RetentionStore store;
    private final Outbox outbox;
    private final RetentionPolicy policy;
    private final Clock clock;

    /** A janitor applying {@code policy}. */
    public RetentionJanitor(RetentionStore store, Outbox outbox, RetentionPolicy policy, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * What one pass deleted.
     *
     * @param events merchant events (with their deliveries and attempts)
     * @param messages outbox messages (with their parts, receipts and history)
     * @param replies handled MOs
     * @param decisions decision records
     */
    public record Pass(int events, int messages, int replies, int decisions) {}

    /** One pass, now. */
    public Pass runOnce() {
        return runOnce(clock.instant());
    }

    /** One pass as if at {@code now} (tests pass a later time instead of waiting weeks). */
    public Pass runOnce(Instant now) {
        Pass pass = new Pass(
                drain(now.minus(policy.events()), store::purgeEvents),
                drain(now.minus(policy.messages()), outbox::purgeFinished),
                drain(now.minus(policy.replies()), store::purgeReplies),
                drain(now.minus(policy.decisions()), store::purgeDecisions));
        if (!pass.equals(new Pass(0, 0, 0, 0))) {
            log.info("retention purged {}", pass);
        }
        return pass;
    }

    private int drain(Instant before, BiFunction<Instant, Integer, Integer> purge) {
        int total = 0;
        for (int i = 0; i < MAX_BATCHES; i++) {
            int deleted = purge.apply(before, policy.batch());
            total += deleted;
            if (deleted < policy.batch()) {
                break;
            }
        }
        return total;
    }
}
