package io.relaypay.interchange.webhooks;

import io.relaypay.interchange.common.Ids;
import io.relaypay.interchange.common.Transactions;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes back deliveries whose dispatcher stopped mid-way (its node crashed or was killed): once the
 * claim's lease has run out, the abandoned attempt is recorded and the delivery is due again at
 * once, or failed if its retry window has closed. Safe on many nodes: rows are locked with {@code
 * SKIP LOCKED}.
 */
public final class WebhookJanitor {

    private static final Logger log = LoggerFactory.getLogger(WebhookJanitor.class);
    private static final int BATCH = 100;

    private final WebhookStore store;
    private final Transactions transactions;
    private final Ids ids;

    /** A janitor over {@code store}. */
    public WebhookJanitor(WebhookStore store, Transactions transactions, Ids ids) {
        this.store = Objects.requireNonNull(store, "store");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    /**
     * Reclaims every delivery whose lease ended before {@code now}.
     *
     * @return how many were taken back
     */
    public int reclaim(Instant now) {
        int total = 0;
        int batch;
        do {
            batch = transactions.inTransaction(() -> {
                List<Delivery> stuck = store.lockExpiredLeases(now, BATCH);
                for (Delivery delivery : stuck) {
                    Delivery after = delivery.reclaimed(now);
                    store.insertAttempt(new DeliveryAttempt(
                            ids.next("wha"),
                            delivery.id(),
                            delivery.updatedAt(),
                            new SendOutcome.NoAnswer(Delivery.ABANDONED),
                            0));
                    store.update(after);
                    log.warn(
                            "delivery={} event={} reclaimed from {} (lease ended {}); now {}",
                            delivery.id(),
                            delivery.eventId(),
                            delivery.leaseOwner().orElse("?"),
                            delivery.leaseUntil().map(Instant::toString).orElse("?"),
                            after.state().wire());
                }
                return stuck.size();
            });
            total += batch;
        } while (batch == BATCH);
        return total;
    }
}
