package io.relaypay.interchange.settlement;

import io.relaypay.interchange.payments.Payment;
import io.relaypay.interchange.payments.PaymentFunding;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Payment funding followed by user fee collection: the payment is settled by {@code inner}; once
 * it is paid, the buyer's user fees are recorded and collected. A failure to collect never changes
 * the payment's outcome (the fee stays owed and the next purchase collects it).
 */
public final class FeeCollectingFunding implements PaymentFunding {

    private static final Logger log = LoggerFactory.getLogger(FeeCollectingFunding.class);

    private final PaymentFunding inner;
    private final UserFeeCollector collector;

    /** {@code inner}, then {@code collector} on every paid outcome. */
    public FeeCollectingFunding(PaymentFunding inner, UserFeeCollector collector) {
        this.inner = Objects.requireNonNull(inner, "inner");
        this.collector = Objects.requireNonNull(collector, "collector");
    }

    @Override
    public Outcome settle(Payment payment) {
        Outcome outcome = inner.settle(payment);
        if (outcome instanceof Outcome.Paid) {
            try {
                collector.afterPaid(payment);
            } catch (RuntimeException e) {
                log.warn("payment={} paid; user fees not collected now, left owed", payment.id(), e);
            }
        }
        return outcome;
    }
}
