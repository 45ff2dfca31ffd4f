package io.relaypay.interchange.webhooks;

import static io.relaypay.interchange.webhooks.WebhookFixtures.awaitDelivery;
import static io.relaypay.interchange.webhooks.WebhookFixtures.canceledPayment;
import static io.relaypay.interchange.webhooks.WebhookFixtures.justAfterNextAttempt;
import static io.relaypay.interchange.webhooks.WebhookFixtures.newestEvent;
import static io.relaypay.interchange.webhooks.WebhookFixtures.pendingAfterAttempts;
import static io.relaypay.interchange.webhooks.WebhookFixtures.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.relaypay.interchange.support.Http;
import io.relaypay.interchange.support.RunningInterchange;
import io.relaypay.interchange.support.RunningInterchange.TestMerchant;
import io.relaypay.interchange.support.WebhookEndpoint;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Webhooks over real HTTP: the server's own worker posts events to a merchant endpoint in the test;
 * retries are driven by calling the dispatcher at a later "now", never by waiting.
 */
class WebhookDeliveryIT {

    @RegisterExtension
    static final RunningInterchange server = new RunningInterchange()
            .with("relaypay.webhooks.poll-interval", "50ms")
            .with("relaypay.webhooks.timeout", "1s");

    static final JsonMapper JSON = JsonMapper.builder().build();

    static WebhookDispatcher dispatcher() {
        return server.bean(WebhookDispatcher.class);
    }

    @Test
    void canceledPaymentIsPostedSignedWithThePaymentAsTheApiShowsIt() {
        try (WebhookEndpoint endpoint = WebhookEndpoint.start()) {
            TestMerchant shop = server.newMerchant("Signed Shop", endpoint.url());

            Http.Response canceled = canceledPayment(shop, "order-signed");

            await().atMost(Duration.ofSeconds(20))
                    .until(() -> endpoint.received().size() == 1);
            WebhookEndpoint.Received request = endpoint.received().getFirst();
            JsonNode event = JSON.readTree(request.raw());
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.header("content-type")).isEqualTo("application/json");
            assertThat(request.header("user-agent")).isEqualTo("Relaypay-Webhooks/1");
            assertThat(event.get("id").asString()).startsWith("evt_");
            assertThat(request.header("relaypay-event-id"))
                    .isEqualTo(event.get("id").asString());
            assertThat(event.get("object").asString()).isEqualTo("event");
            assertThat(event.get("type").asString()).isEqualTo("payment.canceled");
            assertThat(event.get("livemode").asBoolean()).isFalse();
            assertThat(event.get("data").get("object")).isEqualTo(canceled.json());
            Instant serverTime = Instant.ofEpochSecond(event.get("created").asLong());
            assertThat(WebhookSigner.verify(
                            request.header("relaypay-signature"),
                            request.raw(),
                            shop.webhookSecret(),
                            serverTime,
                            WebhookSigner.DEFAULT_TOLERANCE))
                    .as("signature over the raw bytes")
                    .isTrue();
        }
    }

    @Test
    void signatureFailsOverATamperedBody() {
        try (WebhookEndpoint endpoint = WebhookEndpoint.start()) {
            TestMerchant shop = server.newMerchant("Tamper Shop", endpoint.url());
            canceledPayment(shop, "order-tamper");

            await().atMost(Duration.ofSeconds(20))
                    .until(() -> endpoint.received().size() == 1);
            WebhookEndpoint.Received request = endpoint.received().getFirst();
            Instant serverTime = Instant.ofEpochSecond(
                    JSON.readTree(request.raw()).get("created").asLong());
            byte[] tampered =
                    request.body().replace("\"amount\":499", "\"amount\":1").getBytes(StandardCharsets.UTF_8);

            assertThat(tampered).isNotEqualTo(request.raw());
            assertThat(WebhookSigner.verify(
                            request.header("relaypay-signature"),
                            tampered,
                            shop.webhookSecret(),
                            serverTime,
                            WebhookSigner.DEFAULT_TOLERANCE))
                    .isFalse();
        }
    }

    @Test
    void refusedPostIsRetriedWithTheSameEventAndDeliveredOnceAcknowledged() {
        try (WebhookEndpoint endpoint = WebhookEndpoint.start().answering(500)) {
            TestMerchant shop = server.newMerchant("Retry Shop", endpoint.url());
            canceledPayment(shop, "order-retry");
            String eventId = newestEvent(server, shop.id()).get("id").asString();

            JsonNode afterFirst = awaitDelivery(server, eventId, pendingAfterAttempts(1));
            assertThat(afterFirst.get("delivery").get("last_status").asInt()).isEqualTo(500);

            dispatcher().tick(justAfterNextAttempt(afterFirst));

            JsonNode delivered = awaitDelivery(server, eventId, status("delivered"));
            JsonNode attempts = delivered.get("delivery").get("attempts");
            assertThat(attempts).hasSize(2);
            assertThat(attempts.get(0).get("status_code").asInt()).isEqualTo(500);
            assertThat(attempts.get(1).get("status_code").asInt()).isEqualTo(200);
            assertThat(endpoint.received()).hasSize(2);
            assertThat(endpoint.received())
                    .extracting(WebhookEndpoint.Received::body)
                    .containsOnly(endpoint.received().getFirst().body());
            assertThat(endpoint.received())
                    .extracting(r -> r.header("relaypay-event-id"))
                    .containsOnly(eventId);

            dispatcher().tick(justAfterNextAttempt(afterFirst).plus(Duration.ofDays(1)));
            assertThat(endpoint.received()).as("nothing more once acknowledged").hasSize(2);
        }
    }

    @Test
    void deliveryFailsForGoodAfterThreeDaysOfErrors() {
        try (WebhookEndpoint endpoint = WebhookEndpoint.start().answeringAlways(503)) {
            TestMerchant shop = server.newMerchant("Down Shop", endpoint.url());
            canceledPayment(shop, "order-down");
            String eventId = newestEvent(server, shop.id()).get("id").asString();
            JsonNode event = awaitDelivery(server, eventId, pendingAfterAttempts(1));

            for (int turn = 0;
                    turn < 20 && event.get("delivery").get("status").asString().equals("pending");
                    turn++) {
                dispatcher().tick(justAfterNextAttempt(event));
                event = WebhookFixtures.event(server, eventId);
            }

            JsonNode delivery = event.get("delivery");
            long created = event.get("created").asLong();
            assertThat(delivery.get("status").asString()).isEqualTo("failed");
            assertThat(delivery.get("give_up_at").asLong())
                    .isEqualTo(created + Duration.ofDays(3).toSeconds());
            assertThat(delivery.get("attempts"))
                    .hasSizeBetween(10, 11)
                    .allSatisfy(a -> assertThat(a.get("status_code").asInt()).isEqualTo(503))
                    .allSatisfy(a -> assertThat(a.get("attempted_at").asLong())
                            .isLessThanOrEqualTo(delivery.get("give_up_at").asLong()));
            assertThat(endpoint.received()).hasSize(delivery.get("attempts").size());
            assertThat(endpoint.received())
                    .extracting(r -> r.header("relaypay-event-id"))
                    .containsOnly(eventId);
        }
    }

    @Test
    void merchantWithoutWebhookUrlHasTheEventStoredButNotSent() {
        TestMerchant shop = server.newMerchant("Quiet Shop");

        Http.Response canceled = canceledPayment(shop, "order-quiet");

        JsonNode event = newestEvent(server, shop.id());
        assertThat(event.get("type").asString()).isEqualTo("payment.canceled");
        assertThat(event.get("data").get("object")).isEqualTo(canceled.json());
        assertThat(event.get("delivery").isNull()).isTrue();
    }

    @Test
    void unreachableEndpointIsRetriedWithTheConnectionError() {
        java.net.URI closed;
        try (WebhookEndpoint gone = WebhookEndpoint.start()) {
            closed = gone.url();
        }
        TestMerchant shop = server.newMerchant("Gone Shop", closed);
        canceledPayment(shop, "order-gone");
        String eventId = newestEvent(server, shop.id()).get("id").asString();

        JsonNode event = awaitDelivery(server, eventId, pendingAfterAttempts(1));

        JsonNode attempt = event.get("delivery").get("attempts").get(0);
        assertThat(attempt.get("status_code").isNull()).isTrue();
        assertThat(attempt.get("error").asString()).startsWith("connection failed");
    }

    @Test
    void silentEndpointIsRetriedAfterTheTimeout() {
        try (WebhookEndpoint endpoint = WebhookEndpoint.start().hanging()) {
            TestMerchant shop = server.newMerchant("Slow Shop", endpoint.url());
            canceledPayment(shop, "order-slow");
            String eventId = newestEvent(server, shop.id()).get("id").asString();

            JsonNode event = awaitDelivery(server, eventId, pendingAfterAttempts(1));

            assertThat(event.get("delivery").get("attempts").get(0).get("error").asString())
                    .isEqualTo("no answer within 1 s");
        }
    }

    @Test
    void redirectIsNotFollowed() {
        try (WebhookEndpoint elsewhere = WebhookEndpoint.start();
                WebhookEndpoint endpoint = WebhookEndpoint.start().redirectingTo(elsewhere.url())) {
            TestMerchant shop = server.newMerchant("Moved Shop", endpoint.url());
            canceledPayment(shop, "order-moved");
            String eventId = newestEvent(server, shop.id()).get("id").asString();

            JsonNode event = awaitDelivery(server, eventId, pendingAfterAttempts(1));

            assertThat(event.get("delivery").get("last_status").asInt()).isEqualTo(302);
            assertThat(elsewhere.received()).isEmpty();
        }
    }
}
