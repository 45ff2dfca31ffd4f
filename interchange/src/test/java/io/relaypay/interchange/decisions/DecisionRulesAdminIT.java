package io.relaypay.interchange.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.relaypay.interchange.decisions.PaymentDecisions.Verdict;
import io.relaypay.interchange.support.Http;
import io.relaypay.interchange.support.RunningInterchange;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Decision rules as data: replaced through the admin API without a restart, validated first (bad
 * text changes nothing), and picked up from the database by polling when another node stored them.
 */
class DecisionRulesAdminIT {

    static final String PHONE = "+4915112345671";
    static final AtomicInteger labels = new AtomicInteger();

    @RegisterExtension
    static final RunningInterchange server = new RunningInterchange().with("relaypay.decisions.poll-interval", "200ms");

    static Payments payments;

    @BeforeAll
    static void merchant() {
        payments = new Payments(server, server.newMerchant("Rules Shop"));
    }

    /** Rules capping German payments at {@code perTransaction} cents, under a label never used before. */
    static String capAt(long perTransaction) {
        return """
                version = it-%d-%d
                rule.de-cap.type = country-regulation
                rule.de-cap.country = DE
                rule.de-cap.currency = EUR
                rule.de-cap.per-transaction = %d
                """.formatted(perTransaction, labels.incrementAndGet(), perTransaction);
    }

    static Http.Response current() {
        return server.admin().get("/admin/v1/decision-rules");
    }

    static Verdict decide(long amount) {
        return payments.decide(payments.create(amount), PHONE);
    }

    @Test
    void theRulesInForceAreShownWithTheirVersionAndText() {
        Http.Response rules = current();

        assertThat(rules.status()).isEqualTo(200);
        assertThat(rules.json().get("version").asLong()).isPositive();
        assertThat(rules.text("rules")).contains("version = " + rules.text("label"));
    }

    @Test
    void rulesPutThroughTheAdminApiDecideTheNextPayment() {
        long before = current().json().get("version").asLong();
        server.admin().put("/admin/v1/decision-rules", "text/plain", capAt(4_000));
        assertThat(decide(3_000).allowed()).isTrue();

        Http.Response put = server.admin().put("/admin/v1/decision-rules", "text/plain", capAt(2_000));

        assertThat(put.status()).isEqualTo(200);
        assertThat(put.json().get("version").asLong()).isEqualTo(before + 2);
        assertThat(put.text("source")).isEqualTo("admin");
        Verdict verdict = decide(3_000);
        assertThat(verdict.allowed()).isFalse();
        assertThat(verdict.reasonCode()).isEqualTo("regulation.amount_per_transaction_exceeded");
        assertThat(current().text("label")).isEqualTo(put.text("label"));
    }

    @Test
    void aMerchantLimitRuleCountsTheMerchantsEarlierPaymentsToday() {
        RunningInterchange.TestMerchant capped = server.newMerchant("Capped Shop");
        Payments cappedPayments = new Payments(server, capped);
        cappedPayments.paid(4_000, "+4917612345671");
        server.admin()
                .put("/admin/v1/decision-rules", "text/plain", """
                version = it-merchant-cap-%d
                rule.shop-cap.type = merchant-limit
                rule.shop-cap.merchant = %s
                rule.shop-cap.currency = EUR
                rule.shop-cap.per-day = 5000
                """.formatted(labels.incrementAndGet(), capped.id()));

        Verdict overCap = cappedPayments.decide(cappedPayments.create(2_000), PHONE);
        Verdict otherMerchant = decide(2_000);

        assertThat(overCap.allowed()).isFalse();
        assertThat(overCap.reasonCode()).isEqualTo("merchant.amount_per_day_exceeded");
        assertThat(otherMerchant.allowed()).isTrue();
    }

    @Test
    void rulesMayAlsoBeSentAsJson() {
        String text = capAt(9_000);

        Http.Response viaPut = server.admin()
                .put(
                        "/admin/v1/decision-rules",
                        "application/json",
                        tools.jackson.databind.json.JsonMapper.builder()
                                .build()
                                .writeValueAsString(Map.of("rules", text)));

        assertThat(viaPut.status()).isEqualTo(200);
        assertThat(current().text("rules")).isEqualTo(text);
    }

    @Test
    void rulesThatDoNotParseAreRefusedNamingTheLineAndTheRulesInForceStay() {
        server.admin().put("/admin/v1/decision-rules", "text/plain", capAt(4_000));
        Http.Response before = current();

        Http.Response refused = server.admin().put("/admin/v1/decision-rules", "text/plain", """
                version = broken-1
                rule.burst.type = velocity
                rule.burst.max-per-hour = lots
                """);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.problem()).isEqualTo("invalid-request");
        assertThat(refused.text("detail")).contains("line 2").contains("max-per-hour");
        assertThat(current().json()).isEqualTo(before.json());
        assertThat(decide(3_000).allowed()).isTrue();
    }

    @Test
    void aLineThatIsNotKeyEqualsValueIsNamed() {
        Http.Response refused = server.admin().put("/admin/v1/decision-rules", "text/plain", "version = x\nnonsense\n");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("detail")).startsWith("line 2:");
    }

    @Test
    void aVersionLabelUsedBeforeIsRefused() {
        String text = current().text("rules");

        Http.Response refused = server.admin().put("/admin/v1/decision-rules", "text/plain", text);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("detail")).contains("was used before");
    }

    @Test
    void rulesAnotherNodeStoredArePickedUpByPolling() {
        long next = current().json().get("version").asLong() + 1;
        String text = capAt(1_000);
        String label = text.lines().findFirst().orElseThrow().substring("version = ".length());

        server.bean(JdbcClient.class)
                .sql(
                        "INSERT INTO decision_rules (version, label, rule_text, source, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(next, label, text, "other-node", OffsetDateTime.now(ZoneOffset.UTC))
                .update();

        await().atMost(Duration.ofSeconds(10))
                .until(() -> label.equals(current().text("label")));
        assertThat(decide(1_500).reasonCode()).isEqualTo("regulation.amount_per_transaction_exceeded");
    }
}
