package io.relaypay.interchange.decisions;

import io.relaypay.interchange.payments.Payment;
import io.relaypay.interchange.payments.PaymentService;
import io.relaypay.interchange.payments.PaymentStatus;
import io.relaypay.interchange.support.RunningInterchange;
import io.relaypay.interchange.support.RunningInterchange.TestMerchant;
import java.time.Instant;
import java.util.Map;

/** Payments for decision tests: created over the merchant API, moved along through the service. */
final class Payments {

    private final RunningInterchange server;
    private final TestMerchant merchant;

    Payments(RunningInterchange server, TestMerchant merchant) {
        this.server = server;
        this.merchant = merchant;
    }

    /** A new payment of {@code amount} EUR cents, waiting for the buyer's number. */
    Payment create(long amount) {
        var created = merchant.api()
                .post("/v1/payments", Map.of("amount", amount, "currency", "EUR", "reference", "order-" + amount));
        if (created.status() != 201) {
            throw new IllegalStateException("payment not created: " + created.raw());
        }
        return server.bean(PaymentService.class).find(created.text("id")).orElseThrow();
    }

    /** A payment of {@code amount} the buyer at {@code phone} paid. */
    Payment paid(long amount, String phone) {
        Payment payment = create(amount);
        Instant now = Instant.now();
        return server.bean(PaymentService.class)
                .change(
                        payment.id(),
                        p -> p.withBuyer(phone, "usr_test", now)
                                .moveTo(PaymentStatus.REQUIRES_CONFIRMATION, now)
                                .moveTo(PaymentStatus.PROCESSING, now)
                                .moveTo(PaymentStatus.SUCCEEDED, now));
    }

    /** The verdict on {@code payment} for the buyer at {@code phone}. */
    PaymentDecisions.Verdict decide(Payment payment, String phone) {
        return server.bean(PaymentDecisions.class).decide(payment, phone);
    }
}
