package io.relaypay.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The payments endpoints over real HTTP against canned answers. */
class PaymentsTest {

    private final CannedApiServer api = new CannedApiServer();
    private final RelaypayClient client = api.client();

    @AfterEach
    void close() {
        client.close();
        api.close();
    }

    @Test
    void createPostsSnakeCaseJsonWithBearerKeyAndTheCallersIdempotencyKey() {
        api.answer(201, Fixtures.payment("pay_1", "requires_phone_number"));

        client.payments()
                .create(
                        CreatePaymentParams.of(499, "EUR", "order-1042")
                                .withDescription("Sword of dawn")
                                .withSuccessUrl(URI.create("https://shop.example/ok"))
                                .withCancelUrl(URI.create("https://shop.example/cancel")),
                        "order-1042");

        CannedApiServer.Recorded request = api.requests().getFirst();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/v1/payments");
        assertThat(request.header("Authorization")).isEqualTo("Bearer sk_test_abc");
        assertThat(request.header("Content-Type")).isEqualTo("application/json");
        assertThat(request.header("Idempotency-Key")).isEqualTo("order-1042");
        JsonNode body = JsonCodec.MAPPER.readTree(request.body());
        assertThat(body.get("amount").longValue()).isEqualTo(499);
        assertThat(body.get("currency").stringValue()).isEqualTo("EUR");
        assertThat(body.get("reference").stringValue()).isEqualTo("order-1042");
        assertThat(body.get("description").stringValue()).isEqualTo("Sword of dawn");
        assertThat(body.get("success_url").stringValue()).isEqualTo("https://shop.example/ok");
        assertThat(body.get("cancel_url").stringValue()).isEqualTo("https://shop.example/cancel");
        assertThat(body.has("phone_number")).isFalse();
    }

    @Test
    void createWithoutKeyGeneratesOne() {
        api.answer(201, Fixtures.payment("pay_1", "requires_phone_number"))
                .answer(201, Fixtures.payment("pay_2", "requires_phone_number"));

        client.payments().create(CreatePaymentParams.of(499, "EUR", "a"));
        client.payments().create(CreatePaymentParams.of(499, "EUR", "a"));

        String first = api.requests().get(0).header("Idempotency-Key");
        String second = api.requests().get(1).header("Idempotency-Key");
        assertThat(first).isNotBlank();
        assertThat(second).isNotBlank().isNotEqualTo(first);
    }

    @Test
    void createReadsEveryFieldOfThePayment() {
        api.answer(201, Fixtures.payment("pay_1", "requires_phone_number"));

        Payment payment = client.payments().create(CreatePaymentParams.of(499, "EUR", "order-1042"), "k");

        assertThat(payment.id()).isEqualTo("pay_1");
        assertThat(payment.status()).isEqualTo(PaymentStatus.REQUIRES_PHONE_NUMBER);
        assertThat(payment.amount()).isEqualTo(499);
        assertThat(payment.currency()).isEqualTo("EUR");
        assertThat(payment.reference()).isEqualTo("order-1042");
        assertThat(payment.description()).contains("Sword of dawn");
        assertThat(payment.phoneNumber()).isEmpty();
        assertThat(payment.checkoutUrl()).contains(URI.create("http://127.0.0.1:8080/checkout/pay_1"));
        assertThat(payment.failureReason()).isEmpty();
        assertThat(payment.livemode()).isFalse();
        assertThat(payment.created()).isEqualTo(Instant.ofEpochSecond(1795420800));
        assertThat(payment.expiresAt()).contains(Instant.ofEpochSecond(1795421700));
        assertThat(payment.fundingMethod()).isEmpty();
        assertThat(payment.fee()).isEmpty();
        assertThat(payment.net()).isEmpty();
    }

    @Test
    void aPaidPaymentReadsItsFundingMethodFeeAndNet() {
        api.answer(
                200,
                Fixtures.payment("pay_1", "succeeded")
                        .replace(
                                "\"some_future_field\"",
                                "\"funding_method\":\"operator-billing\",\"fee\":25,\"net\":474,\"some_future_field\""));

        Payment payment = client.payments().retrieve("pay_1");

        assertThat(payment.fundingMethod()).contains("operator-billing");
        assertThat(payment.fee()).hasValue(25);
        assertThat(payment.net()).hasValue(474);
    }

    @Test
    void aStatusNewerThanTheSdkReadsAsUnknown() {
        api.answer(200, Fixtures.payment("pay_1", "awaiting_teleport"));

        assertThat(client.payments().retrieve("pay_1").status()).isEqualTo(PaymentStatus.UNKNOWN);
    }

    @Test
    void everyDocumentedStatusReadsAsItsConstant() {
        for (PaymentStatus status : PaymentStatus.values()) {
            if (status != PaymentStatus.UNKNOWN) {
                assertThat(PaymentStatus.fromWire(status.wireValue())).isEqualTo(status);
            }
        }
        assertThat(PaymentStatus.fromWire("unknown")).isEqualTo(PaymentStatus.UNKNOWN);
    }

    @Test
    void retrieveGetsThePaymentById() {
        api.answer(200, Fixtures.payment("pay_7", "succeeded"));

        Payment payment = client.payments().retrieve("pay_7");

        assertThat(api.requests().getFirst().method()).isEqualTo("GET");
        assertThat(api.requests().getFirst().path()).isEqualTo("/v1/payments/pay_7");
        assertThat(payment.status()).isEqualTo(PaymentStatus.SUCCEEDED);
    }

    @Test
    void anIdThatWouldChangeThePathIsRefusedBeforeSending() {
        assertThatThrownBy(() -> client.payments().retrieve("../balance"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("id");
        assertThatThrownBy(() -> client.payments().cancel("pay_1?x=1", "k"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(api.requests()).isEmpty();
    }

    @Test
    void anIdempotencyKeyOutsidePrintableAsciiIsRefusedBeforeSending() {
        CreatePaymentParams params = CreatePaymentParams.of(1, "EUR", "r");
        assertThatThrownBy(() -> client.payments().create(params, "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> client.payments().create(params, "a\r\nX-Evil: 1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> client.payments().create(params, "k".repeat(256)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(api.requests()).isEmpty();
    }

    @Test
    void listSendsLimitAndCursorAndReadsThePage() {
        api.answer(
                200,
                "{\"object\":\"list\",\"data\":[" + Fixtures.payment("pay_3", "succeeded") + ","
                        + Fixtures.payment("pay_2", "failed") + "],\"has_more\":true}");

        Page<Payment> page =
                client.payments().list(PaymentListParams.firstPage(2).after("pay_4"));

        assertThat(api.requests().getFirst().query()).isEqualTo("limit=2&starting_after=pay_4");
        assertThat(page.data()).extracting(Payment::id).containsExactly("pay_3", "pay_2");
        assertThat(page.hasMore()).isTrue();
    }

    @Test
    void listAllFollowsTheCursorUntilTheLastPage() {
        api.answer(
                        200,
                        "{\"object\":\"list\",\"data\":[" + Fixtures.payment("pay_3", "succeeded") + ","
                                + Fixtures.payment("pay_2", "succeeded") + "],\"has_more\":true}")
                .answer(
                        200,
                        "{\"object\":\"list\",\"data\":[" + Fixtures.payment("pay_1", "succeeded")
                                + "],\"has_more\":false}");

        assertThat(client.payments().listAll(PaymentListParams.firstPage(2)).map(Payment::id))
                .containsExactly("pay_3", "pay_2", "pay_1");
        assertThat(api.requests())
                .extracting(CannedApiServer.Recorded::query)
                .containsExactly("limit=2", "limit=2&starting_after=pay_2");
    }

    @Test
    void cancelPostsToTheCancelPathWithTheKey() {
        api.answer(200, Fixtures.payment("pay_1", "canceled"));

        Payment payment = client.payments().cancel("pay_1", "cancel-order-1042");

        CannedApiServer.Recorded request = api.requests().getFirst();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/v1/payments/pay_1/cancel");
        assertThat(request.header("Idempotency-Key")).isEqualTo("cancel-order-1042");
        assertThat(request.body()).isEqualTo("{}");
        assertThat(payment.status()).isEqualTo(PaymentStatus.CANCELED);
    }

    @Test
    void aSuccessAnswerThatIsNotAPaymentIsAnApiExceptionNamingTheField() {
        api.answer(200, "{\"id\":\"pay_1\",\"status\":\"succeeded\"}");

        assertThatThrownBy(() -> client.payments().retrieve("pay_1"))
                .isInstanceOf(ApiException.class)
                .hasMessageContaining("payment.amount");
    }

    @Test
    void invalidParamsAreRefusedWhenBuilt() {
        assertThatThrownBy(() -> CreatePaymentParams.of(0, "EUR", "r")).hasMessageContaining("amount");
        assertThatThrownBy(() -> CreatePaymentParams.of(1, "eur", "r")).hasMessageContaining("currency");
        assertThatThrownBy(() -> CreatePaymentParams.of(1, "EUR", " ")).hasMessageContaining("reference");
        assertThatThrownBy(() -> CreatePaymentParams.of(1, "EUR", "r").withSuccessUrl(URI.create("/ok")))
                .hasMessageContaining("successUrl");
        assertThat(CreatePaymentParams.of(1, "EUR", "r").phoneNumber()).isEqualTo(Optional.empty());
    }
}
