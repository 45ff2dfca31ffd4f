package io.relaypay.interchange.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.interchange.decisions.PaymentDecisions.Confirmation;
import io.relaypay.interchange.decisions.PaymentDecisions.Verdict;
import io.relaypay.interchange.payments.Payment;
import io.relaypay.interchange.support.Http;
import io.relaypay.interchange.support.RunningInterchange;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/** Payment decisions on the demo rules, with counters from the payments table, over PostgreSQL. */
class PaymentDecisionsIT {

    @RegisterExtension
    static final RunningInterchange server = new RunningInterchange();

    static Payments payments;

    @BeforeAll
    static void merchant() {
        payments = new Payments(server, server.newMerchant("Decided Shop"));
    }

    static JsonNode decisions(String paymentId) {
        Http.Response response = server.admin().get("/admin/v1/decisions/" + paymentId);
        assertThat(response.status()).isEqualTo(200);
        return response.json().get("data");
    }

    @Test
    void aPaymentWithinTheRulesIsAllowedWithAnSmsCodeAndItsDecisionIsStored() {
        Payment payment = payments.create(2_000);

        Verdict verdict = payments.decide(payment, "+4915112345671");

        assertThat(verdict.allowed()).isTrue();
        assertThat(verdict.confirmation()).isEqualTo(Confirmation.SMS_CODE);
        assertThat(decisions(payment.id())).singleElement().satisfies(d -> {
            assertThat(d.get("outcome").asString()).isEqualTo("allow");
            assertThat(d.get("carrier").asString()).isEqualTo("northwind");
            assertThat(d.get("country").asString()).isEqualTo("DE");
            assertThat(d.get("rule_set").asString()).isEqualTo("demo-1");
            assertThat(d.get("reasons")).isEmpty();
        });
    }

    @Test
    void aPaymentOverTheCountryCapIsDeniedWithTheRegulationsReasonCode() {
        Payment payment = payments.create(6_000);

        Verdict verdict = payments.decide(payment, "+4917612345671");

        assertThat(verdict.allowed()).isFalse();
        assertThat(verdict.reasonCode()).isEqualTo("regulation.amount_per_transaction_exceeded");
        assertThat(decisions(payment.id())).singleElement().satisfies(d -> {
            assertThat(d.get("outcome").asString()).isEqualTo("deny");
            assertThat(d.get("fired_rules").toString()).isEqualTo("[\"eu-de\"]");
            assertThat(d.get("reasons").get(0).get("code").asString())
                    .isEqualTo("regulation.amount_per_transaction_exceeded");
        });
    }

    @Test
    void theBuyersPaymentsEarlierTodayCountTowardsTheDailyCap() {
        String phone = "+4915112345672";
        for (int i = 0; i < 3; i++) {
            payments.paid(4_000, phone);
        }

        Verdict withinCap = payments.decide(payments.create(3_000), phone);
        Verdict overCap = payments.decide(payments.create(3_001), phone);

        assertThat(withinCap.allowed()).isTrue();
        assertThat(overCap.allowed()).isFalse();
        assertThat(overCap.reasonCode()).isEqualTo("user.amount_per_day_exceeded");
    }

    @Test
    void aBuyerWithManyPaymentsWithinAnHourIsDeniedForVelocity() {
        String phone = "+4915112345673";
        for (int i = 0; i < 10; i++) {
            payments.paid(100, phone);
        }

        Verdict verdict = payments.decide(payments.create(100), phone);

        assertThat(verdict.allowed()).isFalse();
        assertThat(verdict.reasonCode()).isEqualTo("fraud.velocity_exceeded");
    }

    @Test
    void theBuyersHistoryIsReadThroughAnIndexOnTheNumberAndTime() throws Exception {
        // With sequential scans priced out the planner takes an index if one fits; without one it
        // still scans, which is what every decision did before V42 (docs/benchmarks.md).
        try (Connection connection = server.bean(DataSource.class).getConnection();
                Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("SET LOCAL enable_seqscan = off");
            StringBuilder plan = new StringBuilder();
            try (ResultSet rs = statement.executeQuery("EXPLAIN SELECT COUNT(*) FROM payments"
                    + " WHERE phone_number = '+4915112345671' AND created_at >= now() - interval '1 day'")) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
            connection.rollback();

            // Either index on the number serves (payments_phone_created, or V50's payments_phone for
            // the admin's paging); the planner picks by statistics, so the test accepts both.
            assertThat(plan.toString())
                    .containsPattern("Index (Only )?Scan using payments_phone\\w* on payments")
                    .contains("Index Cond: ((phone_number)::text = '+4915112345671'::text)");
        }
    }

    @Test
    void decisionsOfAPaymentNeverDecidedAreNotFound() {
        assertThat(server.admin().get("/admin/v1/decisions/pay_never").problem())
                .isEqualTo("not-found");
    }
}
