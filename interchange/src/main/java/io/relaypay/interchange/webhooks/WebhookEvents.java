package io.relaypay.interchange.webhooks;

import io.relaypay.interchange.common.Ids;
import io.relaypay.interchange.common.Transactions;
import io.relaypay.interchange.events.MerchantEvents;
import io.relaypay.interchange.merchants.Merchant;
import io.relaypay.interchange.merchants.MerchantService;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Stores each event with its body serialized once, and queues its delivery to the merchant's
 * webhook URL, in the caller's transaction: the event exists if and only if the change it reports
 * does. Merchants without a webhook URL get the event stored (for the admin API), not sent.
 */
public final class WebhookEvents implements MerchantEvents {

    /** Longest body the events table holds. */
    static final int MAX_BODY = 100_000;

    private static final Pattern TYPE = Pattern.compile("[a-z]+(_[a-z]+)*(\\.[a-z]+(_[a-z]+)*)+");

    private final WebhookStore store;
    private final MerchantService merchants;
    private final Transactions transactions;
    private final EventSerializer json;
    private final Ids ids;
    private final Clock clock;

    /** Events in {@code store}, bodies written by {@code json}. */
    public WebhookEvents(
            WebhookStore store,
            MerchantService merchants,
            Transactions transactions,
            EventSerializer json,
            Ids ids,
            Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.merchants = Objects.requireNonNull(merchants, "merchants");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.json = Objects.requireNonNull(json, "json");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public String publish(String merchantId, boolean livemode, String type, Object object) {
        Objects.requireNonNull(merchantId, "merchantId");
        Objects.requireNonNull(object, "object");
        if (type == null || !TYPE.matcher(type).matches() || type.length() > 60) {
            throw new IllegalArgumentException("event types look like payment.succeeded, not " + type);
        }
        Instant now = clock.instant();
        String id = ids.next("evt");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("object", "event");
        body.put("type", type);
        body.put("created", now.getEpochSecond());
        body.put("livemode", livemode);
        body.put("data", Map.of("object", object));
        String text = json.write(body);
        if (text.length() > MAX_BODY) {
            throw new IllegalArgumentException(
                    "event " + type + " is " + text.length() + " characters; at most " + MAX_BODY);
        }
        StoredEvent event = new StoredEvent(id, merchantId, livemode, type, now, text);
        return transactions.inTransaction(() -> {
            Merchant merchant = merchants
                    .find(merchantId)
                    .orElseThrow(() -> new IllegalArgumentException("no merchant " + merchantId));
            store.insertEvent(event);
            Optional<URI> url = merchant.webhookUrl();
            url.ifPresent(target -> store.insertDelivery(
                    Delivery.queued(ids.next("whd"), event, target, now, now.plus(RetrySchedule.WINDOW))));
            return id;
        });
    }
}
