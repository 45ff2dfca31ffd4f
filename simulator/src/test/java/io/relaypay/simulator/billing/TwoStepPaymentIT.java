package io.relaypay.simulator.billing;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.simulator.ChargeKind;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code POST /payments/prepare}, {@code /confirm}, {@code /cancel} and the reservation expiry, over real HTTP. */
class TwoStepPaymentIT extends BillingFixture {

    @Test
    void prepareReservesWithoutChargingAndHoldsTheCredit() throws Exception {
        BillingClient.Answer prepared = api.post(
                "/payments/prepare", PaymentBody.charge(PREPAID).amount("7.00").json());

        assertThat(prepared.status()).isEqualTo(201);
        JsonNode payment = prepared.json();
        assertThat(payment.get("paymentStatus").stringValue()).isEqualTo("reserved");
        assertThat(payment.get("reservationExpirationDate").stringValue()).isEqualTo("2026-01-01T00:15:00Z");
        assertThat(payment.has("paymentDate")).isFalse();
        assertThat(network.phone(PREPAID).bill()).isEmpty();
        assertThat(network.billing().availableCreditMinor(PREPAID)).contains(3_00L);
        api.post("/payments", PaymentBody.charge(PREPAID).amount("3.01").json()).problem(422, "insufficient-credit");
    }

    @Test
    void confirmChargesTheReservedAmount() throws Exception {
        String id = prepare(PREPAID, "7.00");
        clock.advance(Duration.ofMinutes(5));

        BillingClient.Answer confirmed = api.post("/payments/" + id + "/confirm", phoneNumber(PREPAID));

        assertThat(confirmed.status()).isEqualTo(202);
        assertThat(confirmed.json().get("paymentStatus").stringValue()).isEqualTo("succeeded");
        assertThat(confirmed.json().get("paymentDate").stringValue()).isEqualTo("2026-01-01T00:05:00Z");
        assertThat(confirmed.json().has("reservationExpirationDate")).isFalse();
        assertThat(network.phone(PREPAID).bill()).singleElement().satisfies(line -> {
            assertThat(line.kind()).isEqualTo(ChargeKind.OPERATOR_BILLING);
            assertThat(line.amountMinor()).isEqualTo(7_00);
            assertThat(line.reference()).isEqualTo(id);
        });
        assertThat(network.billing().availableCreditMinor(PREPAID)).contains(3_00L);
        assertThat(api.get("/payments/" + id).json().get("paymentStatus").stringValue())
                .isEqualTo("succeeded");
    }

    @Test
    void cancelReleasesTheReservationAndChargesNothing() throws Exception {
        String id = prepare(PREPAID, "7.00");

        BillingClient.Answer cancelled = api.post("/payments/" + id + "/cancel", "", Duration.ofSeconds(10));

        assertThat(cancelled.status()).isEqualTo(202);
        assertThat(cancelled.json().get("paymentStatus").stringValue()).isEqualTo("cancelled");
        assertThat(cancelled.json().get("cancellationReason").stringValue()).isEqualTo("client");
        assertThat(network.phone(PREPAID).bill()).isEmpty();
        assertThat(network.billing().availableCreditMinor(PREPAID)).contains(10_00L);
    }

    @Test
    void confirmingTwiceOrCancellingAChargedPaymentIsPaymentConfirmed() throws Exception {
        String id = prepare(POSTPAID, "2.99");
        api.post("/payments/" + id + "/confirm", phoneNumber(POSTPAID));

        BillingClient.Answer again = api.post("/payments/" + id + "/confirm", phoneNumber(POSTPAID));
        BillingClient.Answer cancel = api.post("/payments/" + id + "/cancel", phoneNumber(POSTPAID));

        assertThat(again.problem(409, "payment-confirmed")).isEqualTo("CARRIER_BILLING.PAYMENT_CONFIRMED");
        cancel.problem(409, "payment-confirmed");
        assertThat(network.phone(POSTPAID).bill()).hasSize(1);
    }

    @Test
    void confirmingACancelledReservationIsPaymentCancelled() throws Exception {
        String id = prepare(POSTPAID, "2.99");
        api.post("/payments/" + id + "/cancel", phoneNumber(POSTPAID));

        BillingClient.Answer confirm = api.post("/payments/" + id + "/confirm", phoneNumber(POSTPAID));

        assertThat(confirm.problem(409, "payment-cancelled")).isEqualTo("CARRIER_BILLING.PAYMENT_CANCELLED");
        assertThat(network.phone(POSTPAID).bill()).isEmpty();
    }

    @Test
    void confirmWithAnotherPhoneNumberIsNotFound() throws Exception {
        String id = prepare(POSTPAID, "2.99");

        api.post("/payments/" + id + "/confirm", phoneNumber("+4915112345672")).problem(404, "payment-not-found");

        assertThat(api.get("/payments/" + id).json().get("paymentStatus").stringValue())
                .isEqualTo("reserved");
    }

    @Test
    void reservationExpiresAfterTheTimeoutAndReleasesTheCredit() throws Exception {
        String id = prepare(PREPAID, "7.00");

        clock.advance(RESERVATION_TIMEOUT.minusSeconds(1));
        assertThat(api.get("/payments/" + id).json().get("paymentStatus").stringValue())
                .isEqualTo("reserved");
        clock.advance(Duration.ofSeconds(1));
        JsonNode expired = api.get("/payments/" + id).json();

        assertThat(expired.get("paymentStatus").stringValue()).isEqualTo("cancelled");
        assertThat(expired.get("cancellationReason").stringValue()).isEqualTo("expired");
        assertThat(network.billing().availableCreditMinor(PREPAID)).contains(10_00L);
        api.post("/payments/" + id + "/confirm", phoneNumber(PREPAID)).problem(409, "payment-cancelled");
        assertThat(network.phone(PREPAID).bill()).isEmpty();
    }

    @Test
    void openReservationsCountAgainstTheMonthlyLimit() throws Exception {
        prepare(LOW_LIMIT, "4.00");

        api.post("/payments", PaymentBody.charge(LOW_LIMIT).amount("1.01").json())
                .problem(422, "spending-limit-exceeded");

        assertThat(network.billing().spentThisMonthMinor(LOW_LIMIT)).isEqualTo(4_00);
    }

    @Test
    void confirmAndCancelOfAnUnknownPaymentAreNotFound() throws Exception {
        api.post("/payments/cbp_nope/confirm", phoneNumber(POSTPAID)).problem(404, "payment-not-found");
        api.post("/payments/cbp_nope/cancel", phoneNumber(POSTPAID)).problem(404, "payment-not-found");
    }

    private String prepare(String phone, String amount) throws Exception {
        BillingClient.Answer prepared = api.post(
                "/payments/prepare", PaymentBody.charge(phone).amount(amount).json());
        assertThat(prepared.status()).as(prepared.response().body()).isEqualTo(201);
        return prepared.json().get("paymentId").stringValue();
    }

    private static Object phoneNumber(String phone) {
        return java.util.Map.of("phoneNumber", phone);
    }
}
