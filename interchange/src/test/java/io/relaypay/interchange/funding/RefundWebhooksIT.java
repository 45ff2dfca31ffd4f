package io.relaypay.interchange.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.relaypay.interchange.payments.Payment;
import io.relaypay.interchange.payments.PaymentFunding;
import io.relaypay.interchange.support.Http;
import io.relaypay.interchange.support.RunningInterchange.TestMerchant;
import io.relaypay.interchange.support.WebhookEndpoint;
import io.relaypay.interchange.webhooks.WebhookSigner;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The merchant hears of every refund over real HTTP, signed: {@code refund.succeeded} says where
 * the money went ({@code destination}: the phone bill, or the buyer's balance, also when the
 * carrier refused to take it back), {@code refund.failed} that nothing moved.
 */
class RefundWebhooksIT extends DepositFixture {

    static final JsonMapper JSON = JsonMapper.builder().build();

    WebhookEndpoint endpoint;

    @BeforeEach
    void merchantEndpoint() {
        endpoint = WebhookEndpoint.start();
    }

    @AfterEach
    void closeEndpoint() {
        network.billing().declineAll(false);
        endpoint.close();
    }

    /** A merchant charging {@code basisPoints} per payment whose webhooks go to {@link #endpoint}. */
    TestMerchant merchant(String name, long basisPoints) {
        Http.Response created = server.admin()
                .post(
                        "/admin/v1/merchants",
                        Map.of(
                                "name",
                                name,
                                "fee_basis_points",
                                basisPoints,
                                "fee_fixed",
                                0,
                                "webhook_url",
                                endpoint.url().toString()));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        String secret = server.admin()
                .post("/admin/v1/merchants/" + created.text("id") + "/keys", Map.of())
                .text("secret");
        return new TestMerchant(
                created.text("id"), secret, created.text("webhook_secret"), new Http(server.base(), secret));
    }

    Payment billed(TestMerchant merchant, String phone, long amount) {
        Payment payment = funds.processing(merchant, amount, phone);
        assertThat(funds.settle(payment)).isEqualTo(new PaymentFunding.Outcome.Paid());
        return payment;
    }

    static Http.Response refund(TestMerchant merchant, Payment payment, long amount) {
        Http.Response refund = merchant.api().post("/v1/refunds", Map.of("payment", payment.id(), "amount", amount));
        assertThat(refund.status()).as(refund.raw()).isEqualTo(201);
        return refund;
    }

    /** The one event about {@code refundId} the endpoint received, once its signature checked out. */
    JsonNode signedEventAbout(TestMerchant merchant, String refundId) {
        List<WebhookEndpoint.Received> about = await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> endpoint.received().stream()
                                .filter(r -> refundId.equals(JSON.readTree(r.raw())
                                        .get("data")
                                        .get("object")
                                        .get("id")
                                        .asString()))
                                .toList(),
                        list -> !list.isEmpty());
        assertThat(about).hasSize(1);
        WebhookEndpoint.Received request = about.getFirst();
        JsonNode event = JSON.readTree(request.raw());
        assertThat(WebhookSigner.verify(
                        request.header("relaypay-signature"),
                        request.raw(),
                        merchant.webhookSecret(),
                        Instant.ofEpochSecond(event.get("created").asLong()),
                        WebhookSigner.DEFAULT_TOLERANCE))
                .as("signature over the raw bytes with the merchant's secret")
                .isTrue();
        assertThat(WebhookSigner.verify(
                        request.header("relaypay-signature"),
                        request.raw(),
                        "whsec_someone_else",
                        Instant.ofEpochSecond(event.get("created").asLong()),
                        WebhookSigner.DEFAULT_TOLERANCE))
                .isFalse();
        return event;
    }

    @Test
    void refundOfABalancePaymentIsPostedAsSucceededToTheBalance() {
        TestMerchant merchant = merchant("Hook Balance Shop", 0);
        Payment payment = funds.succeeded(merchant, 500, newPhone());

        Http.Response refund = refund(merchant, payment, 500);

        JsonNode event = signedEventAbout(merchant, refund.text("id"));
        assertThat(event.get("type").asString()).isEqualTo("refund.succeeded");
        assertThat(event.get("data").get("object")).isEqualTo(refund.json());
        assertThat(refund.text("destination")).isEqualTo("balance");
    }

    @Test
    void refundOfAPhoneBillPaymentIsPostedAsSucceededToTheOriginalMethod() {
        TestMerchant merchant = merchant("Hook Bill Shop", 0);
        String phone = newPhone();
        Payment payment = billed(merchant, phone, 700);

        Http.Response refund = refund(merchant, payment, 700);

        JsonNode event = signedEventAbout(merchant, refund.text("id"));
        assertThat(event.get("type").asString()).isEqualTo("refund.succeeded");
        assertThat(event.get("data").get("object")).isEqualTo(refund.json());
        assertThat(refund.text("destination")).isEqualTo("original_method");
        assertThat(wallet(phone)).isZero();
    }

    @Test
    void refundTheCarrierRefusesIsPostedAsSucceededToTheBalance() {
        // The buyer has the money (on the balance), so the refund succeeded; only a refund that
        // never reached the buyer is failed, as in Stripe where refund.failed means the money
        // stayed with the merchant.
        TestMerchant merchant = merchant("Hook Refused Shop", 0);
        String phone = newPhone();
        Payment payment = billed(merchant, phone, 600);
        network.billing().declineAll(true);

        Http.Response refund = refund(merchant, payment, 600);

        JsonNode event = signedEventAbout(merchant, refund.text("id"));
        assertThat(event.get("type").asString()).isEqualTo("refund.succeeded");
        assertThat(event.get("data").get("object")).isEqualTo(refund.json());
        assertThat(refund.text("destination")).isEqualTo("balance");
        assertThat(wallet(phone)).isEqualTo(600);
    }

    @Test
    void phoneBillRefundTheMerchantsBalanceCannotCoverIsPostedAsFailed() {
        TestMerchant merchant = merchant("Hook Fee Shop", 1_000); // 10 %, not given back
        String phone = newPhone();
        Payment payment = billed(merchant, phone, 1_000);

        Http.Response refund = refund(merchant, payment, 1_000);

        JsonNode event = signedEventAbout(merchant, refund.text("id"));
        assertThat(event.get("type").asString()).isEqualTo("refund.failed");
        assertThat(event.get("data").get("object").get("failure_reason").asString())
                .isEqualTo("insufficient_merchant_balance");
        assertThat(event.get("data").get("object").get("destination").isNull()).isTrue();
        assertThat(wallet(phone)).isZero();
    }
}
