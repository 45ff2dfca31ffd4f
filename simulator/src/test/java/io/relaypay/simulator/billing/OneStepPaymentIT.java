package io.relaypay.simulator.billing;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.simulator.Charge;
import io.relaypay.simulator.ChargeKind;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code POST /payments}, {@code GET /payments/{id}} and the phone's bill, over real HTTP. */
class OneStepPaymentIT extends BillingFixture {

    @Test
    void chargeSucceedsAndGoesOnTheBillWithTheCarrierShare() throws Exception {
        BillingClient.Answer created = api.post(
                "/payments", PaymentBody.charge(POSTPAID).correlator("c-1").json());

        assertThat(created.status()).as(created.response().body()).isEqualTo(201);
        JsonNode payment = created.json();
        String id = payment.get("paymentId").stringValue();
        assertThat(id).startsWith("cbp_");
        assertThat(created.header("Location")).contains("/carrier-billing/v0/payments/" + id);
        assertThat(payment.get("paymentStatus").stringValue()).isEqualTo("succeeded");
        assertThat(payment.get("paymentCreationDate").stringValue()).isEqualTo("2026-01-01T00:00:00Z");
        assertThat(payment.get("paymentDate").stringValue()).isEqualTo("2026-01-01T00:00:00Z");
        JsonNode transaction = payment.get("amountTransaction");
        assertThat(transaction.get("phoneNumber").stringValue()).isEqualTo(POSTPAID);
        assertThat(transaction.get("clientCorrelator").stringValue()).isEqualTo("c-1");
        assertThat(transaction.get("referenceCode").stringValue()).isEqualTo("order-1042");
        JsonNode charging = transaction.get("paymentAmount").get("chargingInformation");
        assertThat(charging.get("amount").decimalValue()).isEqualByComparingTo("4.99");
        assertThat(charging.get("currency").stringValue()).isEqualTo("EUR");
        assertThat(payment.get("carrierShare").decimalValue()).isEqualByComparingTo("1.50");

        Charge line = network.phone(POSTPAID).bill().getLast();
        assertThat(line.kind()).isEqualTo(ChargeKind.OPERATOR_BILLING);
        assertThat(line.amountMinor()).isEqualTo(499);
        assertThat(line.carrierShareMinor()).isEqualTo(150);
        assertThat(line.reference()).isEqualTo(id);
        assertThat(line.service()).isEqualTo("Demo Shop");
        assertThat(line.description()).isEqualTo("Sword of dawn");
        assertThat(network.carriers().revenue("northwind").payableMinor()).isEqualTo(349);
    }

    @Test
    void paymentCanBeReadByIdAndFoundByCorrelator() throws Exception {
        String id = api.post(
                        "/payments",
                        PaymentBody.charge(POSTPAID)
                                .correlator("order-1042-try-1")
                                .json())
                .json()
                .get("paymentId")
                .stringValue();

        BillingClient.Answer byId = api.get("/payments/" + id);
        assertThat(byId.status()).isEqualTo(200);
        assertThat(byId.json().get("paymentStatus").stringValue()).isEqualTo("succeeded");

        JsonNode found = api.get("/payments?clientCorrelator=order-1042-try-1").json();
        assertThat(found.size()).isEqualTo(1);
        assertThat(found.get(0).get("paymentId").stringValue()).isEqualTo(id);
        assertThat(api.get("/payments?clientCorrelator=never-used").json().size())
                .isZero();
    }

    @Test
    void sameCorrelatorAndSameRequestReturnsTheSamePaymentWithoutChargingAgain() throws Exception {
        PaymentBody body = PaymentBody.charge(POSTPAID).correlator("retry-me");
        BillingClient.Answer first = api.post("/payments", body.json());
        BillingClient.Answer replay = api.post("/payments", body.json());

        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.header("Idempotent-Replayed")).contains("true");
        assertThat(first.header("Idempotent-Replayed")).isEmpty();
        assertThat(replay.json().get("paymentId")).isEqualTo(first.json().get("paymentId"));
        assertThat(network.phone(POSTPAID).bill()).hasSize(1);
    }

    @Test
    void sameCorrelatorWithADifferentRequestIsAConflictAndChargesNothing() throws Exception {
        api.post("/payments", PaymentBody.charge(POSTPAID).correlator("once").json());

        BillingClient.Answer conflict = api.post(
                "/payments",
                PaymentBody.charge(POSTPAID).correlator("once").amount("9.99").json());

        assertThat(conflict.problem(409, "client-correlator-conflict")).isEqualTo("ALREADY_EXISTS");
        assertThat(network.phone(POSTPAID).bill())
                .extracting(Charge::amountMinor)
                .containsExactly(499L);
    }

    @Test
    void preparingWithTheCorrelatorOfAOneStepPaymentIsAConflict() throws Exception {
        api.post(
                "/payments", PaymentBody.charge(POSTPAID).correlator("one-step").json());

        BillingClient.Answer conflict = api.post(
                "/payments/prepare",
                PaymentBody.charge(POSTPAID).correlator("one-step").json());

        conflict.problem(409, "client-correlator-conflict");
    }

    @Test
    void withoutTheKeyOrWithAWrongOneItIsUnauthenticated() throws Exception {
        for (Optional<String> authorization :
                java.util.List.of(Optional.<String>empty(), Optional.of("Bearer wrong"), Optional.of("Basic x"))) {
            BillingClient.Answer answer = api.withAuthorization(authorization)
                    .post("/payments", PaymentBody.charge(POSTPAID).json());
            assertThat(answer.problem(401, "unauthenticated"))
                    .as(authorization.toString())
                    .isEqualTo("UNAUTHENTICATED");
        }
        assertThat(network.phone(POSTPAID).bill()).isEmpty();
    }

    @Test
    void malformedJsonIsABadRequest() throws Exception {
        BillingClient.Answer answer =
                api.post("/payments", "{\"amountTransaction\": ", java.time.Duration.ofSeconds(10));

        assertThat(answer.problem(400, "bad-json")).isEqualTo("INVALID_ARGUMENT");
    }

    @Test
    void invalidFieldsAreBadRequestsThatNameTheField() throws Exception {
        BillingClient.Answer tooPrecise = api.post(
                "/payments", PaymentBody.charge(POSTPAID).amount("4.999").json());
        assertThat(tooPrecise.problem(400, "invalid-argument")).isEqualTo("INVALID_ARGUMENT");
        assertThat(tooPrecise.json().get("message").stringValue()).contains("chargingInformation.amount");

        api.post("/payments", PaymentBody.charge(POSTPAID).amount("0").json()).problem(400, "invalid-argument");
        api.post("/payments", PaymentBody.charge(POSTPAID).currency("XYZ").json())
                .problem(400, "invalid-argument");
        api.post("/payments", PaymentBody.charge("0151123").json()).problem(400, "invalid-argument");
        BillingClient.Answer noDescription = api.post(
                "/payments",
                "{\"amountTransaction\":{\"phoneNumber\":\"" + POSTPAID
                        + "\",\"referenceCode\":\"r\",\"paymentAmount\":{\"chargingInformation\":"
                        + "{\"amount\":1,\"currency\":\"EUR\"}}}}",
                java.time.Duration.ofSeconds(10));
        noDescription.problem(400, "invalid-argument");
        assertThat(noDescription.json().get("message").stringValue()).contains("description");
        assertThat(network.phone(POSTPAID).bill()).isEmpty();
    }

    @Test
    void missingPhoneNumberIsCamarasMissingIdentifier() throws Exception {
        BillingClient.Answer answer = api.post(
                "/payments", PaymentBody.charge(POSTPAID).withoutPhoneNumber().json());

        assertThat(answer.problem(422, "missing-identifier")).isEqualTo("MISSING_IDENTIFIER");
    }

    @Test
    void unknownPaymentIsNotFound() throws Exception {
        assertThat(api.get("/payments/cbp_nope").problem(404, "payment-not-found"))
                .isEqualTo("NOT_FOUND");
    }

    @Test
    void theInboxPageShowsTheBillLine() throws Exception {
        api.post(
                "/payments",
                PaymentBody.charge(POSTPAID).description("Sword <of> dawn").json());

        String page = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(network.httpUri().resolve("/"))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString())
                .body();

        assertThat(page)
                .contains("operator billing")
                .contains("Demo Shop: Sword &lt;of&gt; dawn")
                .contains("EUR 4.99");
    }
}
