package io.relaypay.interchange.webhooks;

import io.relaypay.interchange.common.ApiException;
import io.relaypay.interchange.common.Ids;
import io.relaypay.interchange.common.ProblemType;
import io.relaypay.interchange.common.Transactions;
import io.relaypay.interchange.merchants.Merchant;
import io.relaypay.interchange.merchants.MerchantService;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The events sent to merchants as operators see them (admin API): lookups and redelivery. */
public final class EventLog {

    private static final Logger log = LoggerFactory.getLogger(EventLog.class);
    private static final int MAX_LIST = 100;

    private final WebhookStore store;
    private final MerchantService merchants;
    private final Transactions transactions;
    private final Ids ids;
    private final Clock clock;

    /** A log over {@code store}. */
    public EventLog(WebhookStore store, MerchantService merchants, Transactions transactions, Ids ids, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.merchants = Objects.requireNonNull(merchants, "merchants");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * An event with its delivery, if it has one.
     *
     * @param event the event
     * @param delivery its delivery; empty when the merchant had no webhook URL
     * @param attempts the delivery's attempts, oldest first (empty in lists)
     */
    public record Entry(StoredEvent event, Optional<Delivery> delivery, List<DeliveryAttempt> attempts) {}

    /**
     * A page of events.
     *
     * @param entries newest first
     * @param hasMore whether older ones follow
     */
    public record Page(List<Entry> entries, boolean hasMore) {}

    /** Events newest first, of {@code merchantId} if given (which must exist), older than {@code startingAfter}. */
    public Page list(Optional<String> merchantId, Optional<String> startingAfter, int limit) {
        if (limit < 1 || limit > MAX_LIST) {
            throw ApiException.invalid("limit", "limit must be 1 to " + MAX_LIST);
        }
        merchantId.ifPresent(merchants::require);
        List<StoredEvent> found = store.events(merchantId, startingAfter, limit + 1);
        List<StoredEvent> page = found.stream().limit(limit).toList();
        Map<String, Delivery> deliveries =
                store.deliveriesByEvent(page.stream().map(StoredEvent::id).toList());
        List<Entry> entries = page.stream()
                .map(e -> new Entry(e, Optional.ofNullable(deliveries.get(e.id())), List.of()))
                .toList();
        return new Page(entries, found.size() > limit);
    }

    /** One event with its delivery and every attempt, or not-found. */
    public Entry get(String eventId) {
        StoredEvent event = store.event(eventId).orElseThrow(() -> ApiException.notFound("event", eventId));
        Optional<Delivery> delivery =
                store.deliveriesByEvent(List.of(eventId)).values().stream().findFirst();
        List<DeliveryAttempt> attempts =
                delivery.map(d -> store.attempts(d.id())).orElse(List.of());
        return new Entry(event, delivery, attempts);
    }

    /**
     * Queues the event again for the merchant's current webhook URL, due at once, with a fresh
     * three-day retry window; the event (id and body) is the same. Refused while an attempt is in
     * flight and when the merchant has no webhook URL.
     */
    public Entry redeliver(String eventId) {
        transactions.inTransaction(() -> {
            StoredEvent event = store.event(eventId).orElseThrow(() -> ApiException.notFound("event", eventId));
            URI url = merchants
                    .find(event.merchantId())
                    .flatMap(Merchant::webhookUrl)
                    .orElseThrow(() -> new ApiException(
                            ProblemType.INVALID_STATE, "merchant " + event.merchantId() + " has no webhook_url"));
            Instant now = clock.instant();
            Instant giveUpAt = now.plus(RetrySchedule.WINDOW);
            Optional<Delivery> current = store.lockByEvent(eventId);
            if (current.isEmpty()) {
                store.insertDelivery(Delivery.queued(ids.next("whd"), event, url, now, giveUpAt));
            } else if (current.get().state() == DeliveryState.SENDING) {
                throw new ApiException(
                        ProblemType.INVALID_STATE, "event " + eventId + " is being sent right now; try again shortly");
            } else {
                store.update(current.get().requeued(url, now, giveUpAt));
            }
            log.info("event={} queued again for redelivery", eventId);
            return null;
        });
        return get(eventId);
    }
}
