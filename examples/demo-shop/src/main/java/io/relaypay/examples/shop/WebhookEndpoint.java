package io.relaypay.examples.shop;

import com.sun.net.httpserver.HttpExchange;
import io.relaypay.sdk.Event;
import io.relaypay.sdk.SignatureVerificationException;
import io.relaypay.sdk.Webhooks;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /webhooks/relaypay}: verifies the {@code Relaypay-Signature} over the raw body with the
 * SDK, then applies the event once. A bad signature gets 400 and changes nothing; an event already
 * applied gets 200 again, so Relaypay stops retrying it; a failure while applying gets 500, so
 * Relaypay retries it later.
 */
final class WebhookEndpoint {

    private static final Logger log = LoggerFactory.getLogger(WebhookEndpoint.class);

    private final ShopService shop;
    private final Optional<String> secret;
    private final Clock clock;

    WebhookEndpoint(ShopService shop, Optional<String> secret, Clock clock) {
        this.shop = shop;
        this.secret = secret;
        this.clock = clock;
    }

    void handle(HttpExchange exchange) throws IOException {
        if (secret.isEmpty()) {
            Exchanges.text(exchange, 503, "webhooks are not configured: set RELAYPAY_WEBHOOK_SECRET\n");
            return;
        }
        byte[] body = Exchanges.body(exchange);
        String signature = exchange.getRequestHeaders().getFirst(Webhooks.SIGNATURE_HEADER);
        Event event;
        try {
            event = Webhooks.constructEvent(body, signature, secret.get(), clock);
        } catch (SignatureVerificationException e) {
            log.warn("webhook refused: reason={} {}", e.reason(), e.getMessage());
            Exchanges.text(exchange, 400, "refused: " + e.reason().name().toLowerCase() + "\n");
            return;
        }
        ShopService.Outcome outcome = shop.apply(event);
        Exchanges.text(exchange, 200, outcome.name().toLowerCase() + "\n");
    }
}
