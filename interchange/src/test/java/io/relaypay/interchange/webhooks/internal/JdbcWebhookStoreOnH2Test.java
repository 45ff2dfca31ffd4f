package io.relaypay.interchange.webhooks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.interchange.merchants.FeeTerms;
import io.relaypay.interchange.merchants.Merchant;
import io.relaypay.interchange.merchants.internal.JdbcMerchantStore;
import io.relaypay.interchange.persistence.InterchangeSchema;
import io.relaypay.interchange.webhooks.Delivery;
import io.relaypay.interchange.webhooks.DeliveryAttempt;
import io.relaypay.interchange.webhooks.DeliveryState;
import io.relaypay.interchange.webhooks.RetrySchedule;
import io.relaypay.interchange.webhooks.SendOutcome;
import io.relaypay.interchange.webhooks.StoredEvent;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The webhook migration and store queries on the embedded H2 the demo runs on (the ITs cover
 * PostgreSQL): in memory, no network.
 */
class JdbcWebhookStoreOnH2Test {

    static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    static final URI URL = URI.create("https://shop.example/hooks");

    JdbcWebhookStore store;

    @BeforeEach
    void database() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        InterchangeSchema.migrate(dataSource);
        JdbcClient jdbc = JdbcClient.create(dataSource);
        new JdbcMerchantStore(jdbc)
                .insert(
                        new Merchant("mer_1", "Shop", Optional.of(URL), FeeTerms.NONE, Set.of(), "general", NOW),
                        "v1:sealed");
        store = new JdbcWebhookStore(jdbc, new DeliveryDoorbell());
    }

    static StoredEvent event(String id, Instant at) {
        return new StoredEvent(id, "mer_1", false, "payment.canceled", at, "{\"id\":\"" + id + "\",\"d\":\"Café ☕\"}");
    }

    @Test
    void eventAndDeliveryReadBackAsStored() {
        StoredEvent event = event("evt_1", NOW);
        Delivery delivery = Delivery.queued("whd_1", event, URL, NOW, NOW.plus(RetrySchedule.WINDOW));

        store.insertEvent(event);
        store.insertDelivery(delivery);

        assertThat(store.event("evt_1")).contains(event);
        assertThat(store.lock("whd_1")).contains(delivery);
        assertThat(store.deliveriesByEvent(List.of("evt_1", "evt_none"))).containsOnlyKeys("evt_1");
    }

    @Test
    void dueDeliveriesAreClaimedAndExpiredLeasesFound() {
        for (int i = 1; i <= 3; i++) {
            StoredEvent event = event("evt_" + i, NOW.plusSeconds(i));
            store.insertEvent(event);
            store.insertDelivery(
                    Delivery.queued("whd_" + i, event, URL, NOW.plusSeconds(i), NOW.plus(Duration.ofDays(3))));
        }

        List<Delivery> due = store.lockDue(NOW.plusSeconds(2), 10);
        assertThat(due).extracting(Delivery::id).containsExactly("whd_1", "whd_2");

        Delivery claimed = due.getFirst().claimed("node_a", NOW.plusSeconds(60), NOW.plusSeconds(2));
        store.update(claimed);

        assertThat(store.lockDue(NOW.plusSeconds(5), 10))
                .extracting(Delivery::id)
                .containsExactly("whd_2", "whd_3");
        assertThat(store.lockExpiredLeases(NOW.plusSeconds(30), 10)).isEmpty();
        assertThat(store.lockExpiredLeases(NOW.plusSeconds(61), 10)).containsExactly(claimed);
    }

    @Test
    void attemptsKeepTheAnswerOrTheError() {
        StoredEvent event = event("evt_1", NOW);
        store.insertEvent(event);
        store.insertDelivery(Delivery.queued("whd_1", event, URL, NOW, NOW.plus(RetrySchedule.WINDOW)));
        DeliveryAttempt refused = new DeliveryAttempt("wha_1", "whd_1", NOW, new SendOutcome.Answered(500, "oops"), 12);
        DeliveryAttempt unreachable =
                new DeliveryAttempt("wha_2", "whd_1", NOW.plusSeconds(60), new SendOutcome.NoAnswer("refused"), 3);

        store.insertAttempt(refused);
        store.insertAttempt(unreachable);

        assertThat(store.attempts("whd_1")).containsExactly(refused, unreachable);
    }

    @Test
    void eventsPageNewestFirstPerMerchant() {
        for (int i = 1; i <= 3; i++) {
            store.insertEvent(event("evt_" + i, NOW.plusSeconds(i)));
        }

        assertThat(store.events(Optional.of("mer_1"), Optional.empty(), 2))
                .extracting(StoredEvent::id)
                .containsExactly("evt_3", "evt_2");
        assertThat(store.events(Optional.empty(), Optional.of("evt_2"), 10))
                .extracting(StoredEvent::id)
                .containsExactly("evt_1");
        assertThat(store.events(Optional.of("mer_other"), Optional.empty(), 10)).isEmpty();
    }

    @Test
    void stateChangesAreWrittenBack() {
        StoredEvent event = event("evt_1", NOW);
        store.insertEvent(event);
        Delivery queued = Delivery.queued("whd_1", event, URL, NOW, NOW.plus(RetrySchedule.WINDOW));
        store.insertDelivery(queued);
        Delivery delivered = queued.claimed("node_a", NOW.plusSeconds(60), NOW)
                .attempted(new SendOutcome.Answered(204, ""), NOW.plusSeconds(1), RetrySchedule.standard());

        store.update(delivered);

        assertThat(store.lock("whd_1")).contains(delivered);
        assertThat(delivered.state()).isEqualTo(DeliveryState.DELIVERED);
    }
}
