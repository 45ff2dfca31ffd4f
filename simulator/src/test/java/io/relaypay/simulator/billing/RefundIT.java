package io.relaypay.simulator.billing;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.simulator.Charge;
import io.relaypay.simulator.ChargeKind;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code POST|GET /payments/{id}/refunds}: partial and total refunds, on the bill and back in the credit. */
class RefundIT extends BillingFixture {

    @Test
    void partialRefundIsACreditLineOnTheBillWithTheCarrierShareGivenBack() throws Exception {
        String id = charge(POSTPAID, "9.99");

        BillingClient.Answer refunded = api.post(
                "/payments/" + id + "/refunds", RefundBody.partial("2.00").json());

        assertThat(refunded.status()).as(refunded.response().body()).isEqualTo(201);
        JsonNode refund = refunded.json();
        String refundId = refund.get("refundId").stringValue();
        assertThat(refundId).startsWith("cbr_");
        assertThat(refund.get("refundStatus").stringValue()).isEqualTo("succeeded");
        assertThat(refund.get("type").stringValue()).isEqualTo("partial");
        assertThat(refund.get("amountTransaction")
                        .get("refundAmount")
                        .get("chargingInformation")
                        .get("amount")
                        .decimalValue())
                .isEqualByComparingTo("2.00");
        Charge credit = network.phone(POSTPAID).bill().getLast();
        assertThat(credit.kind()).isEqualTo(ChargeKind.REFUND);
        assertThat(credit.amountMinor()).isEqualTo(-2_00);
        assertThat(credit.carrierShareMinor()).isEqualTo(-60);
        assertThat(credit.reference()).isEqualTo(refundId);
        assertThat(api.get("/payments/" + id).json().get("refundedAmount").decimalValue())
                .isEqualByComparingTo("2.00");
        assertThat(api.get("/payments/" + id).json().get("paymentStatus").stringValue())
                .isEqualTo("succeeded");
    }

    @Test
    void totalRefundAfterAPartialOneRefundsWhatIsLeftAndTheCarrierKeepsNothing() throws Exception {
        String id = charge(POSTPAID, "9.99");
        api.post("/payments/" + id + "/refunds", RefundBody.partial("0.01").json());

        BillingClient.Answer total =
                api.post("/payments/" + id + "/refunds", RefundBody.total().json());

        assertThat(total.status()).isEqualTo(201);
        assertThat(total.json()
                        .get("amountTransaction")
                        .get("refundAmount")
                        .get("chargingInformation")
                        .get("amount")
                        .decimalValue())
                .isEqualByComparingTo("9.98");
        List<Charge> bill = network.phone(POSTPAID).bill();
        assertThat(bill.stream().mapToLong(Charge::amountMinor).sum()).isZero();
        assertThat(bill.stream().mapToLong(Charge::carrierShareMinor).sum()).isZero();
        assertThat(network.carriers().revenue("northwind").billedMinor()).isZero();
        api.post("/payments/" + id + "/refunds", RefundBody.partial("0.01").json())
                .problem(422, "refund-amount-exceeded");
    }

    @Test
    void refundReturnsToAPrepaidPhonesCreditAndFreesTheMonthlyLimit() throws Exception {
        String id = charge(PREPAID, "8.00");

        api.post("/payments/" + id + "/refunds", RefundBody.partial("5.00").json());

        assertThat(network.billing().availableCreditMinor(PREPAID)).contains(7_00L);
        assertThat(network.billing().spentThisMonthMinor(PREPAID)).isEqualTo(3_00);
    }

    @Test
    void refundLargerThanThePaymentIsRefused() throws Exception {
        String id = charge(POSTPAID, "1.99");

        BillingClient.Answer answer = api.post(
                "/payments/" + id + "/refunds", RefundBody.partial("2.00").json());

        assertThat(answer.problem(422, "refund-amount-exceeded"))
                .isEqualTo("CARRIER_BILLING_REFUND.UNAUTHORIZED_AMOUNT");
        assertThat(network.phone(POSTPAID).bill()).hasSize(1);
    }

    @Test
    void reservationThatWasNotConfirmedCannotBeRefunded() throws Exception {
        String id = api.post("/payments/prepare", PaymentBody.charge(POSTPAID).json())
                .json()
                .get("paymentId")
                .stringValue();

        BillingClient.Answer answer =
                api.post("/payments/" + id + "/refunds", RefundBody.total().json());

        assertThat(answer.problem(422, "invalid-payment-status"))
                .isEqualTo("CARRIER_BILLING_REFUND.INVALID_PAYMENT_STATUS");
    }

    @Test
    void refundWithTheSameCorrelatorIsReplayedNotRepeated() throws Exception {
        String id = charge(POSTPAID, "9.99");
        RefundBody body = RefundBody.partial("1.00").correlator("refund-once");

        BillingClient.Answer first = api.post("/payments/" + id + "/refunds", body.json());
        BillingClient.Answer replay = api.post("/payments/" + id + "/refunds", body.json());
        BillingClient.Answer conflict = api.post(
                "/payments/" + id + "/refunds",
                RefundBody.partial("2.00").correlator("refund-once").json());

        assertThat(replay.header("Idempotent-Replayed")).contains("true");
        assertThat(replay.json().get("refundId")).isEqualTo(first.json().get("refundId"));
        conflict.problem(409, "client-correlator-conflict");
        assertThat(network.billing().refunds(id)).hasSize(1);
    }

    @Test
    void refundsAreListedAndReadById() throws Exception {
        String id = charge(POSTPAID, "9.99");
        String refundId = api.post(
                        "/payments/" + id + "/refunds",
                        RefundBody.partial("1.00").json())
                .json()
                .get("refundId")
                .stringValue();

        JsonNode list = api.get("/payments/" + id + "/refunds").json();
        BillingClient.Answer one = api.get("/payments/" + id + "/refunds/" + refundId);

        assertThat(list.size()).isEqualTo(1);
        assertThat(list.get(0).get("refundId").stringValue()).isEqualTo(refundId);
        assertThat(one.json().get("paymentId").stringValue()).isEqualTo(id);
        api.get("/payments/" + id + "/refunds/cbr_nope").problem(404, "refund-not-found");
        api.get("/payments/cbp_nope/refunds").problem(404, "payment-not-found");
    }

    @Test
    void badRefundBodiesAreInvalid() throws Exception {
        String id = charge(POSTPAID, "9.99");

        api.post("/payments/" + id + "/refunds", java.util.Map.of("type", "some"))
                .problem(400, "invalid-argument");
        api.post("/payments/" + id + "/refunds", RefundBody.partial("1.001").json())
                .problem(400, "invalid-argument");
        api.post("/payments/" + id + "/refunds", "[]", java.time.Duration.ofSeconds(5))
                .problem(400, "bad-json");
    }

    private String charge(String phone, String amount) throws Exception {
        BillingClient.Answer created =
                api.post("/payments", PaymentBody.charge(phone).amount(amount).json());
        assertThat(created.status()).as(created.response().body()).isEqualTo(201);
        return created.json().get("paymentId").stringValue();
    }
}
