package io.relaypay.interchange.webhooks;

import static io.relaypay.interchange.webhooks.WebhookFixtures.canceledPayment;
import static io.relaypay.interchange.webhooks.WebhookFixtures.event;
import static io.relaypay.interchange.webhooks.WebhookFixtures.newestEvent;
import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.interchange.common.Transactions;
import io.relaypay.interchange.support.Http;
import io.relaypay.interchange.support.RunningInterchange;
import io.relaypay.interchange.support.RunningInterchange.TestMerchant;
import io.relaypay.interchange.support.WebhookEndpoint;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * Claims, leases and the janitor, with the server's own worker off so the test alone decides who
 * claims what and when (a "crashed node" is a claim nobody finishes).
 */
class WebhookRecoveryIT {

    @RegisterExtension
    static final RunningInterchange server = new RunningInterchange()
            .with("relaypay.webhooks.enabled", false)
            .with("logging.level.io.relaypay.interchange.webhooks", "INFO");

    static final Duration LEASE = Duration.ofMinutes(2);

    static WebhookDispatcher dispatcher() {
        return server.bean(WebhookDispatcher.class);
    }

    static WebhookJanitor janitor() {
        return server.bean(WebhookJanitor.class);
    }

    /** Server time just after the event, when its delivery is due. */
    static Instant dueTime(JsonNode event) {
        return Instant.ofEpochSecond(event.get("created").asLong()).plusSeconds(60);
    }

    @AfterEach
    void settleEverything() {
        // Later tests claim "everything due": leave nothing pending or claimed behind.
        Instant far = Instant.now().plus(Duration.ofDays(30));
        janitor().reclaim(far);
        dispatcher().tick(far);
    }

    @Test
    void deliveryClaimedByACrashedNodeIsReclaimedAfterTheLeaseAndDelivered() {
        try (WebhookEndpoint endpoint = WebhookEndpoint.start()) {
            TestMerchant shop = server.newMerchant("Crash Shop", endpoint.url());
            canceledPayment(shop, "order-crash");
            JsonNode created = newestEvent(server, shop.id());
            String eventId = created.get("id").asString();
            Instant claimedAt = dueTime(created);

            List<Delivery> claimed = dispatcher().claim(claimedAt, 10);

            assertThat(claimed).extracting(Delivery::eventId).containsExactly(eventId);
            assertThat(event(server, eventId).get("delivery").get("status").asString())
                    .isEqualTo("sending");
            assertThat(janitor().reclaim(claimedAt.plus(LEASE).minusSeconds(1)))
                    .as("lease still running")
                    .isZero();

            assertThat(janitor().reclaim(claimedAt.plus(LEASE).plusSeconds(1))).isEqualTo(1);

            JsonNode reclaimed = event(server, eventId).get("delivery");
            assertThat(reclaimed.get("status").asString()).isEqualTo("pending");
            assertThat(reclaimed.get("attempts")).hasSize(1);
            assertThat(reclaimed.get("attempts").get(0).get("error").asString()).isEqualTo(Delivery.ABANDONED);
            assertThat(endpoint.received()).isEmpty();

            dispatcher().tick(claimedAt.plus(LEASE).plusSeconds(2));

            assertThat(event(server, eventId).get("delivery").get("status").asString())
                    .isEqualTo("delivered");
            assertThat(endpoint.received()).hasSize(1);
        }
    }

    @Test
    void claimsSkipRowsAnotherClaimHoldsInsteadOfWaiting() throws Exception {
        try (WebhookEndpoint endpoint = WebhookEndpoint.start()) {
            TestMerchant shop = server.newMerchant("Busy Shop", endpoint.url());
            for (int i = 0; i < 4; i++) {
                canceledPayment(shop, "order-busy-" + i);
            }
            Instant now = dueTime(newestEvent(server, shop.id()));
            Transactions transactions = server.bean(Transactions.class);
            CountDownLatch holding = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            List<Delivery> first = new ArrayList<>();
            List<Delivery> second = new ArrayList<>();

            // Own threads: the common pool may have a single worker on a small machine.
            try (ExecutorService nodes = Executors.newVirtualThreadPerTaskExecutor()) {
                Future<?> firstNode = nodes.submit(() -> transactions.inTransaction(() -> {
                    first.addAll(dispatcher().claim(now, 2));
                    holding.countDown();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return null;
                }));
                try {
                    assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
                    second.addAll(
                            nodes.submit(() -> dispatcher().claim(now, 10)).get(10, TimeUnit.SECONDS));
                } finally {
                    release.countDown();
                }
                firstNode.get(10, TimeUnit.SECONDS);
            }

            assertThat(first).hasSize(2);
            assertThat(second).hasSize(2);
            Set<String> all = new HashSet<>();
            first.forEach(d -> all.add(d.id()));
            second.forEach(d -> all.add(d.id()));
            assertThat(all).as("disjoint claims covering every due delivery").hasSize(4);
        }
    }

    @Test
    void redeliveryIsRefusedWhileAnAttemptIsInFlight() {
        try (WebhookEndpoint endpoint = WebhookEndpoint.start()) {
            TestMerchant shop = server.newMerchant("Inflight Shop", endpoint.url());
            canceledPayment(shop, "order-inflight");
            JsonNode created = newestEvent(server, shop.id());
            dispatcher().claim(dueTime(created), 10);

            Http.Response refused =
                    server.admin().post("/admin/v1/events/" + created.get("id").asString() + "/redeliver", "");

            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.problem()).isEqualTo("invalid-state");
        }
    }
}
