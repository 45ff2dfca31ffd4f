package io.relaypay.interchange.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.interchange.payments.Payment;
import io.relaypay.interchange.support.FundsFixture;
import io.relaypay.interchange.support.Http;
import io.relaypay.interchange.support.RunningInterchange;
import io.relaypay.interchange.support.RunningInterchange.TestMerchant;
import io.relaypay.testkit.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /v1/statements} in JSON and CSV, checked to the cent, for a merchant with payments,
 * fees, a refund and a payout on a test clock (one fixed day).
 */
class StatementsIT {

    static final TestClock clock = new TestClock(Instant.parse("2026-11-02T09:00:00Z"));

    @RegisterExtension
    static final RunningInterchange server = new RunningInterchange()
            .withClock(clock)
            .with("relaypay.funds.janitor-interval", "1h")
            .with("relaypay.settlement.scheduler-interval", "1h");

    static TestMerchant shop;
    static Payment second;

    /** Day 2: payments 10.00 and 25.00 (fees 1 % + 0.10), refund 4.45; day 3: payout and 1.99. */
    @BeforeAll
    static void history() {
        FundsFixture funds = new FundsFixture(server);
        shop = funds.merchant("Statement Shop", 100, 10);
        server.admin()
                .put(
                        "/admin/v1/merchants/" + shop.id() + "/payout-account",
                        "application/json",
                        "{\"account\":\"NL91ABNA0417164300\"}");
        funds.succeeded(shop, 1_000, "+4915140000001");
        second = funds.succeeded(shop, 2_500, "+4915140000002");
        shop.api().post("/v1/refunds", Map.of("payment", second.id(), "amount", 445));
        clock.advance(Duration.ofHours(16)); // 2026-11-03T01:00
        server.admin().post("/admin/v1/payout-runs", Map.of("from", "2026-11-02", "to", "2026-11-02"));
        funds.succeeded(shop, 199, "+4915140000003"); // fee 0.02 + 0.10
    }

    @Test
    void jsonStatementOfTheFirstDaySumsItsEntries() {
        JsonNode eur = shop.api()
                .get("/v1/statements?from=2026-11-02&to=2026-11-02")
                .json()
                .get("data")
                .get(0);

        assertThat(eur.get("currency").asString()).isEqualTo("EUR");
        assertThat(eur.get("opening").asLong()).isZero();
        assertThat(eur.get("gross").asLong()).isEqualTo(3_500);
        assertThat(eur.get("fees").asLong()).isEqualTo(55);
        assertThat(eur.get("refunds").asLong()).isEqualTo(445);
        assertThat(eur.get("net").asLong()).isEqualTo(3_000);
        assertThat(eur.get("payouts").asLong()).isZero();
        assertThat(eur.get("closing").asLong()).isEqualTo(3_000);
        assertThat(eur.get("lines")).hasSize(5);
    }

    @Test
    void everyLineNamesThePaymentRefundOrPayoutItBelongsTo() {
        JsonNode lines = shop.api()
                .get("/v1/statements?from=2026-11-02&to=2026-11-03")
                .json()
                .get("data")
                .get(0)
                .get("lines");

        for (JsonNode line : lines) {
            String prefix = switch (line.get("entry").asString()) {
                case "payment", "fee" -> "pay_";
                case "refund" -> "re_";
                case "payout" -> "po_";
                default -> throw new AssertionError("unexpected line " + line);
            };
            assertThat(line.get("object").asString()).startsWith(prefix);
        }
        assertThat(lines.toString()).contains(second.id());
    }

    @Test
    void jsonStatementOfTheSecondDayOpensWhereTheFirstClosed() {
        JsonNode eur = shop.api()
                .get("/v1/statements?from=2026-11-03&to=2026-11-03")
                .json()
                .get("data")
                .get(0);

        assertThat(eur.get("opening").asLong()).isEqualTo(3_000);
        assertThat(eur.get("gross").asLong()).isEqualTo(199);
        assertThat(eur.get("fees").asLong()).isEqualTo(12);
        assertThat(eur.get("payouts").asLong()).isEqualTo(3_000);
        assertThat(eur.get("closing").asLong()).isEqualTo(187);
    }

    @Test
    void csvStatementShowsTheSameNumbersInEuros() {
        Http.Response csv = shop.api().get("/v1/statements?from=2026-11-02&to=2026-11-03&format=csv");

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.raw()).startsWith("""
                        section,name,at,object,transfer,currency,amount
                        summary,opening,,,,EUR,0.00
                        summary,gross,,,,EUR,36.99
                        summary,shares,,,,EUR,0.00
                        summary,fees,,,,EUR,0.67
                        summary,refunds,,,,EUR,4.45
                        summary,net,,,,EUR,31.87
                        summary,payouts,,,,EUR,30.00
                        summary,other,,,,EUR,0.00
                        summary,closing,,,,EUR,1.87
                        """);
        assertThat(csv.raw()).contains(",refund,").contains("EUR,-4.45\n").contains(",payout,");
    }

    @Test
    void periodWithoutDatesIsRefused() {
        Http.Response answer = shop.api().get("/v1/statements?format=json");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.problem()).isEqualTo("invalid-request");
    }

    @Test
    void unknownFormatIsRefused() {
        Http.Response answer = shop.api().get("/v1/statements?from=2026-11-02&to=2026-11-02&format=xml");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.text("param")).isEqualTo("format");
    }
}
