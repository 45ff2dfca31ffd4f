package io.relaypay.interchange.idempotency;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/** Deletes idempotency keys older than their 24-hour retention, so the table stays small. */
public final class IdempotencyJanitor {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyJanitor.class);
    private final IdempotencyStore store;

    /** A janitor over {@code store}. */
    public IdempotencyJanitor(IdempotencyStore store) {
        this.store = store;
    }

    /** One sweep; safe on several nodes at once (plain deletes by age). */
    @Scheduled(fixedDelayString = "${relaypay.idempotency.sweep-interval:PT10M}", initialDelayString = "PT1M")
    public void sweep() {
        int purged = store.purgeExpired();
        if (purged > 0) {
            log.info("purged {} idempotency keys past retention", purged);
        }
    }
}
