package io.relaypay.interchange.funding;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.interchange.payments.Payment;
import io.relaypay.interchange.payments.PaymentFunding;
import io.relaypay.interchange.refunds.RefundService;
import io.relaypay.interchange.support.Http;
import io.relaypay.interchange.support.RunningInterchange.TestMerchant;
import io.relaypay.simulator.billing.BillingPayment;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Merchant refunds of payments charged to the phone bill go back to the bill through the
 * simulator's refund API, in part or in full, never above what was charged; when the carrier
 * refuses, the refund stays on the buyer's balance.
 */
class RefundsToOriginalMethodIT extends DepositFixture {

    /** A payment of {@code amount} charged to a fresh phone's bill; the merchant pays no fee. */
    Payment billed(TestMerchant merchant, String phone, long amount) {
        Payment payment = funds.processing(merchant, amount, phone);
        assertThat(funds.settle(payment)).isEqualTo(new PaymentFunding.Outcome.Paid());
        return payment;
    }

    static BillingPayment charge(Payment payment) {
        return network.billing().payments().stream()
                .filter(p -> p.request().clientCorrelator().equals(java.util.Optional.of(payment.id())))
                .findFirst()
                .orElseThrow();
    }

    static Http.Response refund(TestMerchant merchant, Payment payment, long amount) {
        return merchant.api().post("/v1/refunds", Map.of("payment", payment.id(), "amount", amount));
    }

    @Test
    void partialThenFullRefundGoesBackToThePhoneBill() {
        TestMerchant merchant = funds.merchant("Bill Refund Shop", 0, 0);
        String phone = newPhone();
        long receivableBefore = systemBalance("carrier-receivable/northwind");
        long shareBefore = systemBalance("carrier-share/northwind");
        Payment payment = billed(merchant, phone, 1_000);

        Http.Response part = refund(merchant, payment, 400);
        Http.Response rest = refund(merchant, payment, 600);
        Http.Response over = refund(merchant, payment, 1);

        assertThat(part.json().get("status").asString()).as(part.raw()).isEqualTo("succeeded");
        assertThat(rest.json().get("status").asString()).as(rest.raw()).isEqualTo("succeeded");
        assertThat(over.status()).isEqualTo(409);
        assertThat(network.billing().refunds(charge(payment).paymentId()))
                .extracting(r -> r.amountMinor())
                .containsExactly(400L, 600L);
        assertThat(wallet(phone)).isZero();
        assertThat(funds.available(merchant)).isZero();
        assertThat(systemBalance("carrier-receivable/northwind")).isEqualTo(receivableBefore);
        assertThat(systemBalance("carrier-share/northwind")).isEqualTo(shareBefore);
    }

    @Test
    void refundTheCarrierRefusesStaysOnTheBuyersBalance() {
        TestMerchant merchant = funds.merchant("Refused Refund Shop", 0, 0);
        String phone = newPhone();
        Payment payment = billed(merchant, phone, 800);
        network.billing().declineAll(true);
        try {
            Http.Response refunded = refund(merchant, payment, 300);

            assertThat(refunded.json().get("status").asString())
                    .as(refunded.raw())
                    .isEqualTo("succeeded");
            assertThat(refunded.text("destination")).isEqualTo("balance");
        } finally {
            network.billing().declineAll(false);
        }
        assertThat(network.billing().refunds(charge(payment).paymentId())).isEmpty();
        assertThat(wallet(phone)).isEqualTo(300);
        assertThat(funds.available(merchant)).isEqualTo(500);
    }

    @Test
    void refundWhoseCarrierAnswerWasLostIsCompletedByTheJanitorOnce() {
        TestMerchant merchant = funds.merchant("Lost Refund Shop", 0, 0);
        String phone = newPhone();
        Payment payment = billed(merchant, phone, 900);
        network.billing().dropResponses(1);

        Http.Response pending = refund(merchant, payment, 900);
        assertThat(pending.json().get("status").asString()).as(pending.raw()).isEqualTo("pending");
        server.bean(RefundService.class).completePending(Instant.now().plusSeconds(3_600), 50);
        server.bean(RefundService.class).completePending(Instant.now().plusSeconds(3_600), 50);

        Http.Response done = merchant.api().get("/v1/refunds/" + pending.text("id"));
        assertThat(done.json().get("status").asString()).isEqualTo("succeeded");
        assertThat(network.billing().refunds(charge(payment).paymentId())).hasSize(1);
        assertThat(wallet(phone)).isZero();
    }

    @Test
    void refundOfAPaymentFromTheBalanceStaysOnTheBalance() {
        TestMerchant merchant = funds.merchant("Balance Refund Shop", 0, 0);
        String phone = newPhone();
        Payment payment = funds.succeeded(merchant, 500, phone);

        Http.Response refunded = refund(merchant, payment, 500);

        assertThat(refunded.json().get("status").asString()).isEqualTo("succeeded");
        assertThat(wallet(phone)).isEqualTo(500);
    }
}
