package io.relaypay.interchange.webhooks;

import java.net.URI;
import java.util.Objects;

/**
 * One signed POST to make.
 *
 * @param url the merchant's webhook URL
 * @param eventId sent as {@code Relaypay-Event-Id}
 * @param signature the {@code Relaypay-Signature} header value
 * @param body the raw JSON body, sent as UTF-8, exactly as signed
 */
public record WebhookRequest(URI url, String eventId, String signature, String body) {

    /** Requires every part. */
    public WebhookRequest {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(body, "body");
    }
}
