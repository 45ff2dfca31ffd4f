package io.relaypay.interchange.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.interchange.payments.Payment;
import io.relaypay.interchange.payments.PaymentFunding;
import io.relaypay.interchange.support.FundsFixture;
import io.relaypay.interchange.support.Http;
import io.relaypay.interchange.support.LedgerInvariant;
import io.relaypay.interchange.support.RunningInterchange;
import io.relaypay.interchange.support.RunningInterchange.TestMerchant;
import io.relaypay.simulator.CarrierNetwork;
import io.relaypay.simulator.SimulatorConfig;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Carrier remittances against the real carrier simulator: fetched over HTTP and matched to the
 * operator billing charges it made for us, or posted by an operator with each kind of mismatch;
 * cash booked against the receivable, the rest to suspense. The simulator bills on the system
 * clock, so the periods here are wide windows around now, never asserted on.
 */
class RemittanceReconciliationIT {

    static final String FIRST_BUYER = "+4915112345671";
    static final String SECOND_BUYER = "+4915112345672";

    static final CarrierNetwork network =
            CarrierNetwork.start(SimulatorConfig.defaults().withEphemeralPorts());

    @RegisterExtension
    static final RunningInterchange server = new RunningInterchange()
            .with("relaypay.funds.janitor-interval", "1h")
            .with("relaypay.settlement.scheduler-interval", "1h")
            .with("relaypay.funds.billing-url", network.httpUri() + "/carrier-billing/v0")
            .with("relaypay.settlement.remittance-url", network.httpUri().toString());

    static FundsFixture funds;
    static TestMerchant shop;
    static Instant from;

    @BeforeAll
    static void merchant() {
        funds = new FundsFixture(server);
        shop = funds.merchant("Remitted Shop", 0, 0);
        from = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(1));
    }

    @AfterAll
    static void stopSimulator() {
        network.close();
    }

    @AfterEach
    void booksBalance() {
        LedgerInvariant.check(server.bean(DataSource.class));
    }

    /** A payment the buyer's empty balance cannot cover, so northwind bills it (30 % share). */
    static Payment billed(long amount, String buyer) {
        Payment payment = funds.processing(shop, amount, buyer);
        assertThat(funds.settle(payment)).isInstanceOf(PaymentFunding.Outcome.Paid.class);
        return payment;
    }

    static String chargeIdOf(Payment payment) {
        return server.bean(JdbcClient.class)
                .sql("SELECT charge_id FROM payment_fundings WHERE payment_id = ?")
                .param(payment.id())
                .query(String.class)
                .single();
    }

    static String until() {
        return Instant.now().plus(Duration.ofMinutes(1)).toString();
    }

    static long receivableOwed() {
        for (JsonNode a : server.admin()
                .get("/admin/v1/ledger/accounts?owner=system")
                .json()
                .get("data")) {
            if (a.get("purpose").asString().equals("carrier-receivable/northwind")
                    && !a.get("livemode").asBoolean()) {
                return -a.get("balance").asLong();
            }
        }
        return 0;
    }

    static long balanceOf(String purpose) {
        for (JsonNode a : server.admin()
                .get("/admin/v1/ledger/accounts?owner=system")
                .json()
                .get("data")) {
            if (a.get("purpose").asString().equals(purpose)
                    && !a.get("livemode").asBoolean()) {
                return a.get("balance").asLong();
            }
        }
        return 0;
    }

    static List<String> outcomesOf(JsonNode remittance, String chargeId) {
        List<String> outcomes = new ArrayList<>();
        for (JsonNode line : remittance.get("mismatches")) {
            if (line.get("charge_id").asString().equals(chargeId)) {
                outcomes.add(line.get("outcome").asString());
            }
        }
        return outcomes;
    }

    @Test
    void fetchedRemittanceMatchesTheChargesAndSettlesTheReceivable() {
        // Only this test's charges are in the window; other tests' charges may still be owed.
        Instant windowStart = Instant.now().minusMillis(1);
        Payment first = billed(1_000, FIRST_BUYER); // payable 700
        Payment second = billed(2_500, SECOND_BUYER); // payable 1750
        long owedBefore = receivableOwed();
        Map<String, String> window = Map.of("from", windowStart.toString(), "to", until());

        Http.Response fetched = server.admin().post("/admin/v1/carriers/northwind/remittances/fetch", window);
        Http.Response again = server.admin().post("/admin/v1/carriers/northwind/remittances/fetch", window);
        JsonNode remittance = fetched.json();

        assertThat(fetched.status()).as(fetched.raw()).isEqualTo(200);
        assertThat(remittance.get("id").asString()).startsWith("rem_");
        assertThat(remittance.get("booked").asBoolean()).isTrue();
        assertThat(remittance.get("total").asLong()).isEqualTo(2_450);
        assertThat(remittance.get("matched").asLong()).isEqualTo(2_450);
        assertThat(remittance.get("unmatched").asLong()).isZero();
        assertThat(outcomesOf(remittance, chargeIdOf(first))).isEmpty();
        assertThat(outcomesOf(remittance, chargeIdOf(second))).isEmpty();
        assertThat(remittance.get("counts").get("matched").asLong()).isEqualTo(2);
        assertThat(again.json().get("id").asString())
                .isEqualTo(remittance.get("id").asString());
        assertThat(receivableOwed()).isEqualTo(owedBefore - 2_450);
    }

    @Test
    void postedRemittanceReportsMissingUnexpectedAndDifferingLines() {
        Payment exact = billed(500, FIRST_BUYER); // payable 350
        Payment over = billed(600, SECOND_BUYER); // payable 420, remitted 450
        Payment missing = billed(700, FIRST_BUYER); // payable 490, not remitted
        long owedBefore = receivableOwed();
        long suspenseBefore = balanceOf("suspense");
        Map<String, Object> body = Map.of(
                "reference",
                "nw-manual-1",
                "currency",
                "EUR",
                "from",
                from.toString(),
                "to",
                until(),
                "lines",
                List.of(
                        Map.of("charge_id", chargeIdOf(exact), "amount", 350),
                        Map.of("charge_id", chargeIdOf(over), "amount", 450),
                        Map.of("charge_id", "op-unknown-1", "amount", 125)));

        JsonNode remittance = server.admin()
                .post("/admin/v1/carriers/northwind/remittances", body)
                .json();
        JsonNode again = server.admin()
                .post("/admin/v1/carriers/northwind/remittances", body)
                .json();
        JsonNode report = server.admin()
                .get("/admin/v1/remittances/" + remittance.get("id").asString() + "/mismatches")
                .json();

        assertThat(outcomesOf(remittance, chargeIdOf(exact))).isEmpty();
        assertThat(outcomesOf(remittance, chargeIdOf(over))).containsExactly("amount_differs");
        assertThat(outcomesOf(remittance, chargeIdOf(missing))).containsExactly("missing");
        assertThat(outcomesOf(remittance, "op-unknown-1")).containsExactly("unexpected");
        assertThat(report.get("data").size())
                .isEqualTo(remittance.get("mismatches").size());
        assertThat(remittance.get("matched").asLong()).isEqualTo(350 + 420);
        assertThat(remittance.get("unmatched").asLong()).isEqualTo(30 + 125);
        assertThat(again.get("id").asString()).isEqualTo(remittance.get("id").asString());
        assertThat(receivableOwed()).isEqualTo(owedBefore - 770);
        assertThat(balanceOf("suspense")).isEqualTo(suspenseBefore + 155);
    }

    @Test
    void remittanceWithoutLinesIsRefused() {
        Http.Response answer = server.admin()
                .post(
                        "/admin/v1/carriers/northwind/remittances",
                        Map.of("reference", "nw-bad", "currency", "EUR", "from", from.toString(), "to", until()));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.text("param")).isEqualTo("lines");
    }
}
