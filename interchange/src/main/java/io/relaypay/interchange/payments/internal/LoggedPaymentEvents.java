package io.relaypay.interchange.payments.internal;

import io.relaypay.interchange.payments.Payment;
import io.relaypay.interchange.payments.PaymentEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs each status change with the payment id; webhook delivery adds to this. */
public final class LoggedPaymentEvents implements PaymentEvents {

    private static final Logger log = LoggerFactory.getLogger(LoggedPaymentEvents.class);

    @Override
    public void changed(Payment payment) {
        log.info("payment {} is {}", payment.id(), payment.status().wire());
    }
}
