package io.relaypay.interchange.refunds;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.interchange.funds.FundsJanitor;
import io.relaypay.interchange.payments.Payment;
import io.relaypay.interchange.payments.PaymentService;
import io.relaypay.interchange.support.EventsSeen;
import io.relaypay.interchange.support.FundsFixture;
import io.relaypay.interchange.support.Http;
import io.relaypay.interchange.support.LedgerInvariant;
import io.relaypay.interchange.support.RunningInterchange;
import io.relaypay.interchange.support.RunningInterchange.TestMerchant;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code /v1/refunds} over real HTTP against the server on PostgreSQL: amounts, refusals, races, events. */
class RefundApiIT {

    @RegisterExtension
    static final RunningInterchange server = new RunningInterchange().with("relaypay.funds.janitor-interval", "1h");

    static final AtomicInteger phones = new AtomicInteger();
    static FundsFixture funds;
    static TestMerchant shop;
    static TestMerchant other;

    @BeforeAll
    static void merchants() {
        funds = new FundsFixture(server);
        shop = funds.merchant("Refund Shop", 0, 0);
        other = funds.merchant("Other Shop", 0, 0);
    }

    @AfterEach
    void booksBalance() {
        LedgerInvariant.check(server.bean(DataSource.class));
    }

    static String newBuyer() {
        return "+49151200000" + String.format("%02d", phones.incrementAndGet());
    }

    static Map<String, Object> refundOf(Payment payment, Long amount) {
        Map<String, Object> body = new HashMap<>();
        body.put("payment", payment.id());
        if (amount != null) {
            body.put("amount", amount);
        }
        return body;
    }

    static List<String> eventsAbout(TestMerchant merchant, String refundId) {
        return EventsSeen.about(server, merchant.id(), refundId);
    }

    @Test
    void refundWithoutAmountGivesEverythingBackToTheBuyer() {
        String buyer = newBuyer();
        Payment payment = funds.succeeded(shop, 499, buyer);
        long walletBefore = funds.walletBalance(buyer);

        Http.Response refund = shop.api().post("/v1/refunds", refundOf(payment, null));

        assertThat(refund.status()).isEqualTo(201);
        assertThat(refund.text("id")).startsWith("re_");
        assertThat(refund.text("object")).isEqualTo("refund");
        assertThat(refund.text("payment")).isEqualTo(payment.id());
        assertThat(refund.json().get("amount").asLong()).isEqualTo(499);
        assertThat(refund.text("currency")).isEqualTo("EUR");
        assertThat(refund.text("status")).isEqualTo("succeeded");
        assertThat(funds.walletBalance(buyer)).isEqualTo(walletBefore + 499);
        assertThat(shop.api()
                        .get("/v1/payments/" + payment.id())
                        .json()
                        .get("amount_refunded")
                        .asLong())
                .isEqualTo(499);
        assertThat(eventsAbout(shop, refund.text("id"))).containsExactly("refund.succeeded");
    }

    @Test
    void partialRefundsAddUpToThePaymentAndNoFurther() {
        String buyer = newBuyer();
        Payment payment = funds.succeeded(shop, 1_000, buyer);

        Http.Response first = shop.api().post("/v1/refunds", refundOf(payment, 300L));
        Http.Response rest = shop.api().post("/v1/refunds", refundOf(payment, null));
        Http.Response more = shop.api().post("/v1/refunds", refundOf(payment, 1L));

        assertThat(first.json().get("amount").asLong()).isEqualTo(300);
        assertThat(rest.json().get("amount").asLong()).isEqualTo(700);
        assertThat(more.status()).isEqualTo(409);
        assertThat(more.problem()).isEqualTo("refund-exceeds-payment");
        assertThat(more.contentType()).startsWith("application/problem+json");
    }

    @Test
    void refundOfMoreThanIsLeftIsRefusedAndChangesNothing() {
        String buyer = newBuyer();
        Payment payment = funds.succeeded(shop, 500, buyer);
        long walletBefore = funds.walletBalance(buyer);

        Http.Response refund = shop.api().post("/v1/refunds", refundOf(payment, 501L));

        assertThat(refund.status()).isEqualTo(409);
        assertThat(refund.problem()).isEqualTo("refund-exceeds-payment");
        assertThat(refund.text("param")).isEqualTo("amount");
        assertThat(funds.walletBalance(buyer)).isEqualTo(walletBefore);
        assertThat(shop.api()
                        .get("/v1/payments/" + payment.id())
                        .json()
                        .get("amount_refunded")
                        .asLong())
                .isZero();
    }

    @Test
    void paymentThatHasNotSucceededCannotBeRefunded() {
        String id = shop.api()
                .post("/v1/payments", Map.of("amount", 100, "currency", "EUR", "reference", "not-paid"))
                .text("id");

        Http.Response refund = shop.api().post("/v1/refunds", Map.of("payment", id));

        assertThat(refund.status()).isEqualTo(409);
        assertThat(refund.problem()).isEqualTo("invalid-state");
    }

    @Test
    void anotherMerchantsPaymentIsNotFound() {
        Payment payment = funds.succeeded(shop, 200, newBuyer());

        Http.Response refund = other.api().post("/v1/refunds", refundOf(payment, null));

        assertThat(refund.status()).isEqualTo(404);
        assertThat(refund.problem()).isEqualTo("not-found");
    }

    @Test
    void refundIsReadBackByItsMerchantOnly() {
        Payment payment = funds.succeeded(shop, 200, newBuyer());
        Http.Response created = shop.api().post("/v1/refunds", refundOf(payment, 50L));

        Http.Response read = shop.api().get("/v1/refunds/" + created.text("id"));
        Http.Response foreign = other.api().get("/v1/refunds/" + created.text("id"));
        Http.Response live = funds.liveApi(shop).get("/v1/refunds/" + created.text("id"));

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json()).isEqualTo(created.json());
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(live.status()).isEqualTo(404);
        assertThat(shop.api().get("/v1/refunds/re_nothere").problem()).isEqualTo("not-found");
    }

    @Test
    void badRefundRequestsNameTheField() {
        Payment payment = funds.succeeded(shop, 200, newBuyer());

        Http.Response missing = shop.api().post("/v1/refunds", Map.of());
        Http.Response zero = shop.api().post("/v1/refunds", Map.of("payment", payment.id(), "amount", 0));
        Http.Response fraction =
                shop.api().post("/v1/refunds", "{\"payment\":\"" + payment.id() + "\",\"amount\":1.5}");
        Http.Response unknown = shop.api().post("/v1/refunds", Map.of("payment", payment.id(), "reason", "x"));

        assertThat(missing.problem()).isEqualTo("invalid-request");
        assertThat(missing.text("param")).isEqualTo("payment");
        assertThat(zero.text("param")).isEqualTo("amount");
        assertThat(fraction.text("param")).isEqualTo("amount");
        assertThat(unknown.text("param")).isEqualTo("reason");
        assertThat(shop.api()
                        .get("/v1/payments/" + payment.id())
                        .json()
                        .get("amount_refunded")
                        .asLong())
                .isZero();
    }

    @Test
    void sameIdempotencyKeyRefundsOnce() {
        String buyer = newBuyer();
        Payment payment = funds.succeeded(shop, 300, buyer);
        long walletBefore = funds.walletBalance(buyer);
        Map<String, String> key = Map.of("Idempotency-Key", "refund-" + payment.id());

        Http.Response first = shop.api().post("/v1/refunds", refundOf(payment, 100L), key);
        Http.Response again = shop.api().post("/v1/refunds", refundOf(payment, 100L), key);

        assertThat(again.raw()).isEqualTo(first.raw());
        assertThat(again.headers().firstValue("idempotent-replayed")).contains("true");
        assertThat(funds.walletBalance(buyer)).isEqualTo(walletBefore + 100);
    }

    @Test
    void refundTheMerchantsBalanceCannotCoverFailsAndFreesTheAmount() {
        // The fee is not given back: with nothing else in its balance, a fee-paying merchant cannot
        // refund a payment in full.
        TestMerchant feeShop = funds.merchant("Fee Shop", 1_000, 0); // 10 %
        String buyer = newBuyer();
        Payment payment = funds.succeeded(feeShop, 1_000, buyer);
        long walletBefore = funds.walletBalance(buyer);

        Http.Response full = feeShop.api().post("/v1/refunds", refundOf(payment, null));
        Http.Response partial = feeShop.api().post("/v1/refunds", refundOf(payment, 900L));

        assertThat(full.status()).isEqualTo(201);
        assertThat(full.text("status")).isEqualTo("failed");
        assertThat(full.text("failure_reason")).isEqualTo("insufficient_merchant_balance");
        assertThat(eventsAbout(feeShop, full.text("id"))).containsExactly("refund.failed");
        assertThat(partial.text("status")).isEqualTo("succeeded");
        assertThat(funds.walletBalance(buyer)).isEqualTo(walletBefore + 900);
        assertThat(funds.available(feeShop)).isZero();
        assertThat(server.bean(PaymentService.class)
                        .find(payment.id())
                        .orElseThrow()
                        .amountRefunded())
                .isEqualTo(900);
    }

    @Test
    void refundLeftPendingByACrashIsCompletedByTheJanitor() {
        String buyer = newBuyer();
        Payment payment = funds.succeeded(shop, 600, buyer);
        long walletBefore = funds.walletBalance(buyer);
        // What a crash right after step (1) leaves behind: the amount reserved, the refund pending.
        String refundId = "re_crashed" + phones.incrementAndGet();
        JdbcClient jdbc = JdbcClient.create(server.bean(DataSource.class));
        jdbc.sql("UPDATE payments SET amount_refunded = 250, version = version + 1 WHERE id = ?")
                .param(payment.id())
                .update();
        jdbc.sql("""
                INSERT INTO refunds (id, payment_id, merchant_id, livemode, amount, currency, status,
                    created_at, updated_at)
                VALUES (?, ?, ?, false, 250, 'EUR', 'PENDING', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""").params(refundId, payment.id(), shop.id()).update();
        assertThat(shop.api().get("/v1/refunds/" + refundId).text("status")).isEqualTo("pending");

        server.bean(FundsJanitor.class).tick(Instant.now().plusSeconds(3_600));

        assertThat(shop.api().get("/v1/refunds/" + refundId).text("status")).isEqualTo("succeeded");
        assertThat(funds.walletBalance(buyer)).isEqualTo(walletBefore + 250);
        assertThat(eventsAbout(shop, refundId)).containsExactly("refund.succeeded");
        server.bean(FundsJanitor.class).tick(Instant.now().plusSeconds(3_600));
        assertThat(funds.walletBalance(buyer)).isEqualTo(walletBefore + 250);
    }

    @Test
    void concurrentRefundsNeverExceedThePayment() throws Exception {
        String buyer = newBuyer();
        Payment payment = funds.succeeded(shop, 1_000, buyer);
        long walletBefore = funds.walletBalance(buyer);
        int attempts = 12;
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Http.Response>> calls = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            calls.add(() -> {
                start.await();
                return shop.api().post("/v1/refunds", refundOf(payment, 300L));
            });
        }
        List<Http.Response> responses = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Http.Response>> futures =
                    calls.stream().map(pool::submit).toList();
            start.countDown();
            for (Future<Http.Response> f : futures) {
                responses.add(f.get());
            }
        }

        long succeeded = responses.stream()
                .filter(r -> r.status() == 201 && "succeeded".equals(r.text("status")))
                .count();
        long refused = responses.stream()
                .filter(r -> r.status() == 409 && "refund-exceeds-payment".equals(r.problem()))
                .count();
        assertThat(succeeded).isEqualTo(3);
        assertThat(refused).isEqualTo(attempts - 3);
        assertThat(funds.walletBalance(buyer)).isEqualTo(walletBefore + 900);
        assertThat(server.bean(PaymentService.class)
                        .find(payment.id())
                        .orElseThrow()
                        .amountRefunded())
                .isEqualTo(900);
    }
}
