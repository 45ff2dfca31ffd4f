package io.relaypay.interchange.webhooks;

import static io.relaypay.interchange.webhooks.WebhookFixtures.awaitDelivery;
import static io.relaypay.interchange.webhooks.WebhookFixtures.canceledPayment;
import static io.relaypay.interchange.webhooks.WebhookFixtures.newestEvent;
import static io.relaypay.interchange.webhooks.WebhookFixtures.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.relaypay.interchange.support.Http;
import io.relaypay.interchange.support.RunningInterchange;
import io.relaypay.interchange.support.RunningInterchange.TestMerchant;
import io.relaypay.interchange.support.WebhookEndpoint;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/** {@code /admin/v1/events} over real HTTP: lists, one event with its attempts, redelivery, refusals. */
class AdminEventsIT {

    @RegisterExtension
    static final RunningInterchange server = new RunningInterchange().with("relaypay.webhooks.poll-interval", "50ms");

    static List<String> ids(JsonNode list) {
        return StreamSupport.stream(list.get("data").spliterator(), false)
                .map(e -> e.get("id").asString())
                .toList();
    }

    @Test
    void eventsOfAMerchantArePagedNewestFirst() {
        TestMerchant shop = server.newMerchant("Paged Shop");
        TestMerchant other = server.newMerchant("Other Shop");
        String p1 = canceledPayment(shop, "order-1").text("id");
        String p2 = canceledPayment(shop, "order-2").text("id");
        String p3 = canceledPayment(shop, "order-3").text("id");
        canceledPayment(other, "order-other");

        JsonNode firstPage = server.admin()
                .get("/admin/v1/events?merchant=" + shop.id() + "&limit=2")
                .json();
        String last = ids(firstPage).getLast();
        JsonNode secondPage = server.admin()
                .get("/admin/v1/events?merchant=" + shop.id() + "&limit=2&starting_after=" + last)
                .json();

        assertThat(firstPage.get("has_more").asBoolean()).isTrue();
        assertThat(secondPage.get("has_more").asBoolean()).isFalse();
        assertThat(StreamSupport.stream(firstPage.get("data").spliterator(), false)
                        .map(e -> e.get("data").get("object").get("id").asString()))
                .containsExactly(p3, p2);
        assertThat(secondPage.get("data")).hasSize(1);
        assertThat(secondPage
                        .get("data")
                        .get(0)
                        .get("data")
                        .get("object")
                        .get("id")
                        .asString())
                .isEqualTo(p1);
        assertThat(secondPage.get("data").get(0).get("merchant").asString()).isEqualTo(shop.id());
    }

    @Test
    void listWithoutMerchantShowsEveryMerchantsEvents() {
        TestMerchant a = server.newMerchant("All A");
        TestMerchant b = server.newMerchant("All B");
        canceledPayment(a, "order-a");
        canceledPayment(b, "order-b");

        JsonNode list = server.admin().get("/admin/v1/events?limit=2").json();

        assertThat(StreamSupport.stream(list.get("data").spliterator(), false)
                        .map(e -> e.get("merchant").asString()))
                .containsExactly(b.id(), a.id());
    }

    @Test
    void oneEventShowsItsDeliveryAndEveryAttempt() {
        try (WebhookEndpoint endpoint = WebhookEndpoint.start().answering(500)) {
            TestMerchant shop = server.newMerchant("Detail Shop", endpoint.url());
            canceledPayment(shop, "order-detail");
            String eventId = newestEvent(server, shop.id()).get("id").asString();

            JsonNode event =
                    awaitDelivery(server, eventId, d -> d.get("attempts").size() == 1);

            JsonNode delivery = event.get("delivery");
            assertThat(event.get("object").asString()).isEqualTo("event");
            assertThat(event.get("type").asString()).isEqualTo("payment.canceled");
            assertThat(delivery.get("url").asString()).isEqualTo(endpoint.url().toString());
            assertThat(delivery.get("status").asString()).isEqualTo("pending");
            assertThat(delivery.get("next_attempt_at").asLong())
                    .isGreaterThan(
                            delivery.get("attempts").get(0).get("attempted_at").asLong());
            assertThat(delivery.get("attempts").get(0).get("status_code").asInt())
                    .isEqualTo(500);
            assertThat(delivery.get("attempts").get(0).get("response_excerpt").asString())
                    .isEqualTo("{\"received\":true}");
        }
    }

    @Test
    void redeliverySendsTheSameEventAgain() {
        try (WebhookEndpoint endpoint = WebhookEndpoint.start()) {
            TestMerchant shop = server.newMerchant("Redeliver Shop", endpoint.url());
            canceledPayment(shop, "order-again");
            String eventId = newestEvent(server, shop.id()).get("id").asString();
            awaitDelivery(server, eventId, status("delivered"));

            Http.Response queued = server.admin().post("/admin/v1/events/" + eventId + "/redeliver", "");

            assertThat(queued.status()).isEqualTo(202);
            assertThat(queued.json().get("id").asString()).isEqualTo(eventId);
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> endpoint.received().size() == 2);
            assertThat(endpoint.received())
                    .extracting(WebhookEndpoint.Received::body)
                    .containsOnly(endpoint.received().getFirst().body());
            JsonNode delivered =
                    awaitDelivery(server, eventId, d -> d.get("attempts").size() == 2);
            assertThat(delivered.get("delivery").get("status").asString()).isEqualTo("delivered");
        }
    }

    @Test
    void redeliveryWithoutAWebhookUrlIsRefused() {
        TestMerchant shop = server.newMerchant("No Url Shop");
        canceledPayment(shop, "order-nourl");
        String eventId = newestEvent(server, shop.id()).get("id").asString();

        Http.Response refused = server.admin().post("/admin/v1/events/" + eventId + "/redeliver", "");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.problem()).isEqualTo("invalid-state");
        assertThat(newestEvent(server, shop.id()).get("delivery").isNull()).isTrue();
    }

    @Test
    void unknownEventIsNotFound() {
        Http.Response read = server.admin().get("/admin/v1/events/evt_nothere");
        Http.Response redeliver = server.admin().post("/admin/v1/events/evt_nothere/redeliver", "");

        assertThat(read.status()).isEqualTo(404);
        assertThat(read.problem()).isEqualTo("not-found");
        assertThat(read.contentType()).startsWith("application/problem+json");
        assertThat(redeliver.problem()).isEqualTo("not-found");
    }

    @Test
    void unknownMerchantFilterIsNotFound() {
        assertThat(server.admin().get("/admin/v1/events?merchant=mer_nothere").problem())
                .isEqualTo("not-found");
    }

    @Test
    void limitOutOfRangeIsRefused() {
        Http.Response refused = server.admin().get("/admin/v1/events?limit=101");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.problem()).isEqualTo("invalid-request");
        assertThat(refused.text("param")).isEqualTo("limit");
    }

    @Test
    void eventsNeedTheAdminToken() {
        TestMerchant shop = server.newMerchant("Snoop Shop");

        assertThat(server.anonymous().get("/admin/v1/events").status()).isEqualTo(401);
        assertThat(shop.api().get("/admin/v1/events").status()).isEqualTo(401);
    }
}
