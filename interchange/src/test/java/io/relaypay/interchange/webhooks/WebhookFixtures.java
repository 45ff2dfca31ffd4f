package io.relaypay.interchange.webhooks;

import static org.awaitility.Awaitility.await;

import io.relaypay.interchange.support.Http;
import io.relaypay.interchange.support.RunningInterchange;
import io.relaypay.interchange.support.RunningInterchange.TestMerchant;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/** Small steps the webhook ITs share: make events through the API, read them through the admin API. */
final class WebhookFixtures {

    private WebhookFixtures() {}

    static Map<String, Object> order(String reference) {
        Map<String, Object> body = new HashMap<>();
        body.put("amount", 499);
        body.put("currency", "EUR");
        body.put("reference", reference);
        body.put("description", "Café ☕ sword");
        return body;
    }

    /** Creates and cancels a payment; returns the canceled payment as the API shows it. */
    static Http.Response canceledPayment(TestMerchant merchant, String reference) {
        String id = merchant.api().post("/v1/payments", order(reference)).text("id");
        Http.Response canceled = merchant.api().post("/v1/payments/" + id + "/cancel", Map.of());
        if (canceled.status() != 200) {
            throw new IllegalStateException("cancel failed: " + canceled.raw());
        }
        return canceled;
    }

    /** The merchant's newest event, from the admin API. */
    static JsonNode newestEvent(RunningInterchange server, String merchantId) {
        Http.Response list = server.admin().get("/admin/v1/events?merchant=" + merchantId + "&limit=1");
        return list.json().get("data").get(0);
    }

    /** One event with its delivery and attempts, from the admin API. */
    static JsonNode event(RunningInterchange server, String eventId) {
        Http.Response read = server.admin().get("/admin/v1/events/" + eventId);
        if (read.status() != 200) {
            throw new IllegalStateException("event not readable: " + read.raw());
        }
        return read.json();
    }

    /** Waits until the event's delivery satisfies {@code condition}; returns the event then. */
    static JsonNode awaitDelivery(RunningInterchange server, String eventId, Predicate<JsonNode> condition) {
        return await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> event(server, eventId), e -> condition.test(e.get("delivery")));
    }

    static Predicate<JsonNode> status(String status) {
        return d -> d.get("status").asString().equals(status);
    }

    static Predicate<JsonNode> pendingAfterAttempts(int attempts) {
        return d -> d.get("status").asString().equals("pending")
                && d.get("attempts").size() == attempts;
    }

    /** Just after the delivery's next attempt is due (the API shows whole seconds). */
    static Instant justAfterNextAttempt(JsonNode event) {
        return Instant.ofEpochSecond(
                event.get("delivery").get("next_attempt_at").asLong() + 1);
    }
}
