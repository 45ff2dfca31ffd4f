package io.relaypay.interchange.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.relaypay.interchange.support.Http;
import io.relaypay.interchange.support.RunningInterchange;
import io.relaypay.interchange.support.RunningInterchange.TestMerchant;
import io.relaypay.interchange.support.WebhookEndpoint;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The retention janitor on PostgreSQL: what it deletes, and what it must keep. */
class RetentionIT {

    @RegisterExtension
    static final RunningInterchange server = new RunningInterchange()
            .with("relaypay.webhooks.poll-interval", "50ms")
            .with("relaypay.retention.batch", "2");

    private static final Duration MONTH_AND_A_DAY = Duration.ofDays(31);

    @Test
    void deliveredEventsGoAfterThirtyDaysAndUndeliveredOnesStay() {
        try (WebhookEndpoint happy = WebhookEndpoint.start();
                WebhookEndpoint failing = WebhookEndpoint.start().answering(500)) {
            TestMerchant delivered = server.newMerchant("Delivered Shop", happy.url());
            TestMerchant pending = server.newMerchant("Pending Shop", failing.url());
            String[] deliveredEvents = {
                canceledPaymentEvent(delivered, "r-1"),
                canceledPaymentEvent(delivered, "r-2"),
                canceledPaymentEvent(delivered, "r-3")
            };
            String pendingEvent = canceledPaymentEvent(pending, "r-4");
            await().atMost(Duration.ofSeconds(20)).until(() -> happy.received().size() == 3);
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> !failing.received().isEmpty());

            RetentionJanitor janitor = server.bean(RetentionJanitor.class);
            RetentionJanitor.Pass early = janitor.runOnce(Instant.now());
            RetentionJanitor.Pass late = janitor.runOnce(Instant.now().plus(MONTH_AND_A_DAY));

            assertThat(early.events()).isZero();
            // Three events in batches of two: the pass goes on until a batch comes back short.
            assertThat(late.events()).isGreaterThanOrEqualTo(3);
            for (String event : deliveredEvents) {
                assertThat(server.admin().get("/admin/v1/events/" + event).status())
                        .isEqualTo(404);
            }
            assertThat(server.admin().get("/admin/v1/events/" + pendingEvent).status())
                    .isEqualTo(200);
            assertThat(count("SELECT COUNT(*) FROM webhook_attempts a JOIN webhook_deliveries d"
                            + " ON d.id = a.delivery_id WHERE d.merchant_id = '" + delivered.id() + "'"))
                    .isZero();
        }
    }

    @Test
    void repliesAndDecisionsGoByTheirOwnAges() {
        JdbcClient jdbc = server.bean(JdbcClient.class);
        Instant now = Instant.now();
        jdbc.sql("INSERT INTO handled_replies (id, dedupe_key, channel, controller_message_id, received_at)"
                        + " VALUES ('mo_retention_old', 'id:x:1', 'x', '1', :at)")
                .param("at", Timestamp.from(now.minus(Duration.ofDays(8))))
                .update();
        jdbc.sql("INSERT INTO handled_replies (id, dedupe_key, channel, controller_message_id, received_at)"
                        + " VALUES ('mo_retention_new', 'id:x:2', 'x', '2', :at)")
                .param("at", Timestamp.from(now.minus(Duration.ofDays(1))))
                .update();
        for (var row : Map.of("dec_retention_old", 401, "dec_retention_new", 30).entrySet()) {
            jdbc.sql("INSERT INTO decisions (id, payment_id, allowed, confirmation, reasons, fired_rules,"
                            + " rule_set_label, rules_version, amount, currency, carrier, country, decided_at)"
                            + " VALUES (:id, 'pay_x', TRUE, 'NONE', '[]', '', 'test', 1, 100, 'EUR', 'northwind',"
                            + " 'DE', :at)")
                    .param("id", row.getKey())
                    .param("at", Timestamp.from(now.minus(Duration.ofDays(row.getValue()))))
                    .update();
        }

        server.bean(RetentionJanitor.class).runOnce(now);

        assertThat(count("SELECT COUNT(*) FROM handled_replies WHERE id LIKE 'mo_retention_%'"))
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM handled_replies WHERE id = 'mo_retention_new'"))
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM decisions WHERE id LIKE 'dec_retention_%'"))
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM decisions WHERE id = 'dec_retention_new'"))
                .isEqualTo(1);
    }

    private static String canceledPaymentEvent(TestMerchant merchant, String reference) {
        Http.Response created =
                merchant.api().post("/v1/payments", Map.of("amount", 499, "currency", "EUR", "reference", reference));
        String id = created.text("id");
        merchant.api().post("/v1/payments/" + id + "/cancel", Map.of());
        Http.Response events = server.admin().get("/admin/v1/events?merchant=" + merchant.id() + "&limit=1");
        return events.json().get("data").get(0).get("id").asString();
    }

    private static long count(String sql) {
        return server.bean(JdbcClient.class).sql(sql).query(Long.class).single();
    }
}
