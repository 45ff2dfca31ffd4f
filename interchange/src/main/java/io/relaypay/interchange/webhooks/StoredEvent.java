package io.relaypay.interchange.webhooks;

import java.time.Instant;
import java.util.Objects;

/**
 * An event as stored: the body is the exact JSON sent and signed on every attempt.
 *
 * @param id {@code evt_…}
 * @param merchantId the merchant told
 * @param livemode the mode of the object
 * @param type e.g. {@code payment.canceled}
 * @param createdAt when it happened
 * @param body {@code {id, object:"event", type, created, livemode, data:{object}}}
 */
public record StoredEvent(String id, String merchantId, boolean livemode, String type, Instant createdAt, String body) {

    /** Requires every part. */
    public StoredEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(merchantId, "merchantId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(body, "body");
    }
}
