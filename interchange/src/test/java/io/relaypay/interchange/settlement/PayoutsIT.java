package io.relaypay.interchange.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.interchange.payments.Payment;
import io.relaypay.interchange.support.EventsSeen;
import io.relaypay.interchange.support.FundsFixture;
import io.relaypay.interchange.support.Http;
import io.relaypay.interchange.support.LedgerInvariant;
import io.relaypay.interchange.support.RunningInterchange;
import io.relaypay.interchange.support.RunningInterchange.TestMerchant;
import io.relaypay.testkit.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * Payout runs, {@code /v1/payouts} and the {@code payout.paid} webhook, over HTTP against the
 * server on PostgreSQL, on a test clock: each test works in its own hour-long periods.
 */
class PayoutsIT {

    static final TestClock clock = new TestClock(Instant.parse("2026-11-02T10:00:00Z"));

    @RegisterExtension
    static final RunningInterchange server = new RunningInterchange()
            .withClock(clock)
            .with("relaypay.funds.janitor-interval", "1h")
            .with("relaypay.settlement.scheduler-interval", "1h");

    static final AtomicInteger phones = new AtomicInteger();
    static FundsFixture funds;

    @BeforeAll
    static void fixture() {
        funds = new FundsFixture(server);
    }

    @AfterEach
    void booksBalance() {
        LedgerInvariant.check(server.bean(DataSource.class));
    }

    static String newBuyer() {
        return "+49151300000" + String.format("%02d", phones.incrementAndGet());
    }

    /** A merchant charging 1 % + 0.10 with a payout account. */
    static TestMerchant merchantWithPayoutAccount(String name) {
        TestMerchant merchant = funds.merchant(name, 100, 10);
        Http.Response set = server.admin()
                .put(
                        "/admin/v1/merchants/" + merchant.id() + "/payout-account",
                        "application/json",
                        "{\"account\":\"DE89370400440532013000\"}");
        assertThat(set.status()).isEqualTo(200);
        return merchant;
    }

    static Http.Response run(Instant from, Instant to) {
        return server.admin().post("/admin/v1/payout-runs", Map.of("from", from.toString(), "to", to.toString()));
    }

    static JsonNode payoutOf(Http.Response run, TestMerchant merchant) {
        for (JsonNode payout : run.json().get("payouts")) {
            if (payout.get("merchant").asString().equals(merchant.id())) {
                return payout;
            }
        }
        throw new AssertionError("no payout for " + merchant.id() + " in " + run.raw());
    }

    @Test
    void runMovesThePeriodsNetToThePayoutAccountOnce() {
        TestMerchant shop = merchantWithPayoutAccount("Payout Shop");
        Instant start = clock.instant();
        funds.succeeded(shop, 1_000, newBuyer()); // fee 20
        Payment second = funds.succeeded(shop, 2_500, newBuyer()); // fee 35
        assertThat(shop.api()
                        .post("/v1/refunds", Map.of("payment", second.id(), "amount", 445))
                        .status())
                .isEqualTo(201);
        clock.advance(Duration.ofHours(1));
        Instant end = clock.instant();
        clock.advance(Duration.ofMinutes(5));

        Http.Response first = run(start, end);
        Http.Response again = run(start, end);

        assertThat(first.status()).isEqualTo(200);
        JsonNode payout = payoutOf(first, shop);
        assertThat(payout.get("id").asString()).startsWith("po_");
        assertThat(payout.get("amount").asLong()).isEqualTo(3_000);
        assertThat(payout.get("status").asString()).isEqualTo("paid");
        assertThat(payout.get("destination").asString()).isEqualTo("…3000");
        assertThat(payoutOf(again, shop).get("id").asString())
                .isEqualTo(payout.get("id").asString());
        assertThat(funds.available(shop)).isZero();
        assertThat(shop.api().get("/v1/payouts").json().get("data")).hasSize(1);
        assertThat(EventsSeen.about(server, shop.id(), payout.get("id").asString()))
                .containsExactly("payout.paid");
    }

    @Test
    void moneyEarnedAfterThePeriodWaitsForTheNextOne() {
        TestMerchant shop = merchantWithPayoutAccount("Late Shop");
        Instant start = clock.instant();
        funds.succeeded(shop, 1_000, newBuyer()); // net 980
        clock.advance(Duration.ofHours(1));
        Instant end = clock.instant();
        funds.succeeded(shop, 2_000, newBuyer()); // net 1970, after the period
        clock.advance(Duration.ofHours(1));
        Instant nextEnd = clock.instant();
        clock.advance(Duration.ofMinutes(1));

        long firstPayout = payoutOf(run(start, end), shop).get("amount").asLong();
        long secondPayout = payoutOf(run(end, nextEnd), shop).get("amount").asLong();

        assertThat(firstPayout).isEqualTo(980);
        assertThat(secondPayout).isEqualTo(1_970);
        assertThat(funds.available(shop)).isZero();
    }

    @Test
    void merchantWithoutPayoutAccountIsLeftWaiting() {
        TestMerchant shop = funds.merchant("No Account Shop", 0, 0);
        Instant start = clock.instant();
        funds.succeeded(shop, 700, newBuyer());
        clock.advance(Duration.ofHours(1));
        Instant end = clock.instant();
        clock.advance(Duration.ofMinutes(1));

        Http.Response run = run(start, end);

        assertThat(run.json().get("waiting_for_payout_account").toString()).contains(shop.id());
        assertThat(shop.api().get("/v1/payouts").json().get("data")).isEmpty();
        assertThat(funds.available(shop)).isEqualTo(700);
    }

    @Test
    void periodThatHasNotEndedIsRefused() {
        Instant now = clock.instant();

        Http.Response run = run(now.minusSeconds(60), now.plusSeconds(60));

        assertThat(run.status()).isEqualTo(400);
        assertThat(run.problem()).isEqualTo("invalid-request");
    }

    @Test
    void payoutIsVisibleToItsMerchantOnly() {
        TestMerchant shop = merchantWithPayoutAccount("Visible Shop");
        TestMerchant other = funds.merchant("Other Shop", 0, 0);
        Instant start = clock.instant();
        funds.succeeded(shop, 500, newBuyer());
        clock.advance(Duration.ofHours(1));
        Instant end = clock.instant();
        clock.advance(Duration.ofMinutes(1));
        String id = payoutOf(run(start, end), shop).get("id").asString();

        Http.Response mine = shop.api().get("/v1/payouts/" + id);
        Http.Response theirs = other.api().get("/v1/payouts/" + id);

        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.json().get("amount").asLong()).isEqualTo(485);
        assertThat(theirs.status()).isEqualTo(404);
    }
}
