package io.relaypay.simulator.billing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every reason a charge is refused: the CAMARA code, the stable type, and nothing charged. */
class PaymentDeclinesIT extends BillingFixture {

    @Test
    void unknownNumberIsIdentifierNotFound() throws Exception {
        BillingClient.Answer answer =
                api.post("/payments", PaymentBody.charge(UNKNOWN).json());

        assertThat(answer.problem(404, "unknown-phone-number")).isEqualTo("IDENTIFIER_NOT_FOUND");
    }

    @Test
    void carrierWithoutOperatorBillingIsServiceNotApplicable() throws Exception {
        BillingClient.Answer answer =
                api.post("/payments", PaymentBody.charge(NO_BILLING_CARRIER).json());

        assertThat(answer.problem(422, "billing-not-supported")).isEqualTo("SERVICE_NOT_APPLICABLE");
        assertThat(network.phone(NO_BILLING_CARRIER).bill()).isEmpty();
    }

    @Test
    void blockedSubscriberIsPaymentDenied() throws Exception {
        BillingClient.Answer answer =
                api.post("/payments", PaymentBody.charge(BLOCKED).json());

        assertThat(answer.problem(403, "billing-blocked")).isEqualTo("CARRIER_BILLING.PAYMENT_DENIED");
        assertThat(network.phone(BLOCKED).bill()).isEmpty();
    }

    @Test
    void prepaidPhoneCannotSpendMoreThanItsCredit() throws Exception {
        assertThat(api.post(
                                "/payments",
                                PaymentBody.charge(PREPAID).amount("6.00").json())
                        .status())
                .isEqualTo(201);
        assertThat(network.billing().availableCreditMinor(PREPAID)).contains(4_00L);

        BillingClient.Answer answer =
                api.post("/payments", PaymentBody.charge(PREPAID).amount("4.01").json());

        assertThat(answer.problem(422, "insufficient-credit")).isEqualTo("CARRIER_BILLING.INSUFFICIENT_CREDIT");
        assertThat(network.billing().availableCreditMinor(PREPAID)).contains(4_00L);
        assertThat(api.post(
                                "/payments",
                                PaymentBody.charge(PREPAID).amount("4.00").json())
                        .status())
                .isEqualTo(201);
        assertThat(network.billing().availableCreditMinor(PREPAID)).contains(0L);
    }

    @Test
    void chargeOverTheMonthlyLimitIsRefusedAndTheNextMonthStartsAfresh() throws Exception {
        assertThat(api.post(
                                "/payments",
                                PaymentBody.charge(LOW_LIMIT).amount("3.00").json())
                        .status())
                .isEqualTo(201);

        BillingClient.Answer answer = api.post(
                "/payments", PaymentBody.charge(LOW_LIMIT).amount("2.01").json());

        assertThat(answer.problem(422, "spending-limit-exceeded"))
                .isEqualTo("CARRIER_BILLING.USER_AMOUNT_THRESHOLD_OVERPASSED");
        assertThat(network.billing().spentThisMonthMinor(LOW_LIMIT)).isEqualTo(3_00);
        clock.advance(java.time.Duration.ofDays(31));
        assertThat(api.post(
                                "/payments",
                                PaymentBody.charge(LOW_LIMIT).amount("5.00").json())
                        .status())
                .isEqualTo(201);
    }

    @Test
    void carrierLimitAppliesToPhonesWithoutTheirOwn() throws Exception {
        BillingClient.Answer answer = api.post(
                "/payments", PaymentBody.charge(POSTPAID).amount("100.01").json());

        answer.problem(422, "spending-limit-exceeded");
        assertThat(api.post(
                                "/payments",
                                PaymentBody.charge(POSTPAID).amount("100.00").json())
                        .status())
                .isEqualTo(201);
    }

    @Test
    void currencyTheCarrierDoesNotBillInIsInvalid() throws Exception {
        BillingClient.Answer answer = api.post(
                "/payments", PaymentBody.charge(POSTPAID).currency("USD").json());

        assertThat(answer.problem(400, "currency-not-supported")).isEqualTo("INVALID_ARGUMENT");
    }

    @Test
    void declineAllFaultRefusesNewChargesUntilSwitchedOff() throws Exception {
        network.billing().declineAll(true);

        BillingClient.Answer charge =
                api.post("/payments", PaymentBody.charge(POSTPAID).json());
        BillingClient.Answer prepare =
                api.post("/payments/prepare", PaymentBody.charge(POSTPAID).json());

        assertThat(charge.problem(403, "payment-denied")).isEqualTo("CARRIER_BILLING.PAYMENT_DENIED");
        prepare.problem(403, "payment-denied");
        assertThat(network.billing().payments()).isEmpty();
        network.billing().declineAll(false);
        assertThat(api.post("/payments", PaymentBody.charge(POSTPAID).json()).status())
                .isEqualTo(201);
    }

    @Test
    void aDeclinedCorrelatorCanBeRetriedOnceTheCauseIsGone() throws Exception {
        network.billing().declineAll(true);
        api.post("/payments", PaymentBody.charge(POSTPAID).correlator("try").json())
                .problem(403, "payment-denied");
        network.billing().declineAll(false);

        BillingClient.Answer retry = api.post(
                "/payments", PaymentBody.charge(POSTPAID).correlator("try").json());

        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEmpty();
    }
}
