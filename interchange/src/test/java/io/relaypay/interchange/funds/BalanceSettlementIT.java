package io.relaypay.interchange.funds;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.interchange.checkout.PaymentJanitor;
import io.relaypay.interchange.payments.FailureReason;
import io.relaypay.interchange.payments.Payment;
import io.relaypay.interchange.payments.PaymentFunding;
import io.relaypay.interchange.payments.PaymentService;
import io.relaypay.interchange.payments.PaymentStatus;
import io.relaypay.interchange.support.FundsFixture;
import io.relaypay.interchange.support.Http;
import io.relaypay.interchange.support.LedgerInvariant;
import io.relaypay.interchange.support.RunningInterchange;
import io.relaypay.interchange.support.RunningInterchange.TestMerchant;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * Payments paid from the buyer's balance, over the real server on PostgreSQL: the ledger moves,
 * {@code GET /v1/balance}, repeated settles and the janitor's retry.
 */
class BalanceSettlementIT {

    @RegisterExtension
    static final RunningInterchange server = new RunningInterchange()
            // The scheduled janitor stays out of the way; tests run its passes themselves.
            .with("relaypay.funds.janitor-interval", "1h");

    static FundsFixture funds;
    static TestMerchant shop;

    @BeforeAll
    static void merchant() {
        funds = new FundsFixture(server);
        shop = funds.merchant("Balance Shop", 300, 10); // 3 % + 0.10
    }

    @AfterEach
    void booksBalance() {
        LedgerInvariant.check(server.bean(DataSource.class));
    }

    static long feesEarned() {
        return systemAccount("fees").map(a -> a.get("balance").asLong()).orElse(0L);
    }

    static java.util.Optional<JsonNode> systemAccount(String purpose) {
        for (JsonNode a : server.admin()
                .get("/admin/v1/ledger/accounts?owner=system")
                .json()
                .get("data")) {
            if (a.get("purpose").asString().equals(purpose)
                    && !a.get("livemode").asBoolean()) {
                return java.util.Optional.of(a);
            }
        }
        return java.util.Optional.empty();
    }

    @Test
    void paymentFromTheBalancePaysTheMerchantLessTheFeeAndTheFeeToRelaypay() {
        TestMerchant merchant = funds.merchant("Fresh Shop", 300, 10);
        String buyer = "+4915100000001";
        funds.topUp(buyer, 2_000, "seed-1");
        long feesBefore = feesEarned();

        Payment payment = funds.processing(merchant, 499, buyer);
        PaymentFunding.Outcome outcome = funds.settle(payment);

        long fee = 15 + 10;
        assertThat(outcome).isEqualTo(new PaymentFunding.Outcome.Paid());
        assertThat(merchant.api().get("/v1/payments/" + payment.id()).text("status"))
                .isEqualTo("succeeded");
        assertThat(funds.available(merchant)).isEqualTo(499 - fee);
        assertThat(feesEarned() - feesBefore).isEqualTo(fee);
        assertThat(funds.walletBalance(buyer)).isEqualTo(2_000 - 499);
    }

    @Test
    void settlingTwiceMovesTheMoneyOnce() {
        TestMerchant merchant = funds.merchant("Twice Shop", 0, 0);
        String buyer = "+4915100000002";
        funds.topUp(buyer, 1_000, "seed-2");
        Payment payment = funds.processing(merchant, 400, buyer);
        PaymentFunding funding = server.bean(PaymentFunding.class);

        PaymentFunding.Outcome first = funding.settle(payment);
        PaymentFunding.Outcome second = funding.settle(payment);

        assertThat(first).isEqualTo(new PaymentFunding.Outcome.Paid());
        assertThat(second).isEqualTo(new PaymentFunding.Outcome.Paid());
        assertThat(funds.walletBalance(buyer)).isEqualTo(600);
        assertThat(funds.available(merchant)).isEqualTo(400);
    }

    @Test
    void concurrentSettlesOfOnePaymentMoveTheMoneyOnce() throws Exception {
        TestMerchant merchant = funds.merchant("Race Shop", 0, 0);
        String buyer = "+4915100000005";
        funds.topUp(buyer, 1_000, "seed-5");
        Payment payment = funds.processing(merchant, 400, buyer);
        PaymentFunding funding = server.bean(PaymentFunding.class);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.List<java.util.concurrent.Future<PaymentFunding.Outcome>> outcomes = new java.util.ArrayList<>();

        try (var pool = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 8; i++) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    return funding.settle(payment);
                }));
            }
            start.countDown();
            for (var outcome : outcomes) {
                assertThat(outcome.get())
                        .isInstanceOfAny(PaymentFunding.Outcome.Paid.class, PaymentFunding.Outcome.Pending.class);
            }
        }

        assertThat(funding.settle(payment)).isEqualTo(new PaymentFunding.Outcome.Paid());
        assertThat(funds.walletBalance(buyer)).isEqualTo(600);
        assertThat(funds.available(merchant)).isEqualTo(400);
    }

    @Test
    void balanceShowsAvailableAndPendingPerCurrencyInTheKeysModeOnly() {
        TestMerchant merchant = funds.merchant("Mode Shop", 0, 0);
        String buyer = "+4915100000003";
        funds.topUp(buyer, 1_000, "seed-3");
        funds.settle(funds.processing(merchant, 250, buyer));

        Http.Response test = merchant.api().get("/v1/balance");
        Http.Response live = funds.liveApi(merchant).get("/v1/balance");

        assertThat(test.status()).isEqualTo(200);
        assertThat(test.text("object")).isEqualTo("balance");
        assertThat(test.json().get("livemode").asBoolean()).isFalse();
        assertThat(test.json().get("available").get(0).get("amount").asLong()).isEqualTo(250);
        assertThat(test.json().get("available").get(0).get("currency").asString())
                .isEqualTo("EUR");
        assertThat(test.json().get("pending").get(0).get("amount").asLong()).isZero();
        assertThat(live.json().get("livemode").asBoolean()).isTrue();
        assertThat(live.json().get("available")).isEmpty();
    }

    @Test
    void merchantWithoutPaymentsHasAnEmptyBalance() {
        TestMerchant merchant = funds.merchant("Empty Shop", 0, 0);

        Http.Response balance = merchant.api().get("/v1/balance");

        assertThat(balance.json().get("available")).isEmpty();
        assertThat(balance.json().get("pending")).isEmpty();
    }

    @Test
    void balanceNeedsAKey() {
        Http.Response balance = server.anonymous().get("/v1/balance");

        assertThat(balance.status()).isEqualTo(401);
        assertThat(balance.problem()).isEqualTo("unauthorized");
    }

    @Test
    void janitorSettlesAPaymentLeftInProcessing() {
        String buyer = "+4915100000004";
        funds.topUp(buyer, 1_000, "seed-4");
        Payment stuck = funds.processing(shop, 300, buyer);
        PaymentJanitor janitor = server.bean(PaymentJanitor.class);

        PaymentJanitor.Report early = janitor.runOnce(Instant.now());
        PaymentJanitor.Report late = janitor.runOnce(Instant.now().plusSeconds(3_600));

        assertThat(early.settled()).isZero();
        assertThat(late.settled()).isGreaterThanOrEqualTo(1);
        assertThat(server.bean(PaymentService.class)
                        .find(stuck.id())
                        .orElseThrow()
                        .status())
                .isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(funds.walletBalance(buyer)).isEqualTo(700);
    }

    @Test
    void buyerWithoutBalanceOnANumberNoCarrierBillsFailsWithInsufficientFunds() {
        String buyer = "+33612345678";
        Payment payment = funds.processing(shop, 300, buyer);

        PaymentFunding.Outcome outcome = funds.settle(payment);

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        PaymentFunding.Outcome.Failed.class,
                        f -> assertThat(f.reason()).isEqualTo(FailureReason.INSUFFICIENT_FUNDS));
        Http.Response read = shop.api().get("/v1/payments/" + payment.id());
        assertThat(read.text("status")).isEqualTo("failed");
        assertThat(read.text("failure_reason")).isEqualTo("insufficient_funds");
        assertThat(funds.walletBalance(buyer)).isZero();
    }
}
