package io.relaypay.interchange.funds;

import io.relaypay.interchange.payments.Payment;
import io.relaypay.interchange.payments.PaymentFunding;
import io.relaypay.interchange.payments.PaymentService;
import io.relaypay.interchange.payments.PaymentStatus;
import io.relaypay.interchange.refunds.RefundService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finishes what a crash, a lost carrier answer or a slow ledger left half done: settles payments
 * stuck in {@code PROCESSING} for longer than the lease (which also reconciles a charge whose answer
 * was lost: the settle looks it up by its correlator before asking again), and completes refunds
 * left pending. Safe on every node at once: settling is idempotent and leased per payment, status
 * changes go through {@link PaymentService#change} and refund completion is conditional.
 */
public final class FundsJanitor {

    private static final Logger log = LoggerFactory.getLogger(FundsJanitor.class);

    private final StuckPayments stuck;
    private final PaymentService payments;
    private final PaymentFunding funding;
    private final RefundService refunds;
    private final Clock clock;
    private final Duration lease;
    private final int batch;

    /** A janitor that retries work untouched for {@code lease}, up to {@code batch} items per kind per tick. */
    public FundsJanitor(
            StuckPayments stuck,
            PaymentService payments,
            PaymentFunding funding,
            RefundService refunds,
            Clock clock,
            Duration lease,
            int batch) {
        this.stuck = Objects.requireNonNull(stuck, "stuck");
        this.payments = Objects.requireNonNull(payments, "payments");
        this.funding = Objects.requireNonNull(funding, "funding");
        this.refunds = Objects.requireNonNull(refunds, "refunds");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.lease = Objects.requireNonNull(lease, "lease");
        this.batch = batch;
    }

    /**
     * What one pass did.
     *
     * @param succeeded payments now succeeded
     * @param failed payments now failed
     * @param pending payments still waiting (for the carrier, or another worker)
     * @param refunds refunds completed
     */
    public record Pass(int succeeded, int failed, int pending, int refunds) {}

    /** One pass, now. */
    public Pass tick() {
        return tick(clock.instant());
    }

    /** One pass as if at {@code now} (tests pass a later time instead of waiting out the lease). */
    public Pass tick(Instant now) {
        Instant cutoff = now.minus(lease);
        int succeeded = 0;
        int failed = 0;
        int pending = 0;
        for (String id : stuck.processingSince(cutoff, batch)) {
            try {
                switch (retry(id)) {
                    case SUCCEEDED -> succeeded++;
                    case FAILED -> failed++;
                    default -> pending++;
                }
            } catch (RuntimeException e) {
                pending++;
                log.error("payment={} could not be settled by the janitor; will retry", id, e);
            }
        }
        int completed = refunds.completePending(cutoff, batch);
        Pass pass = new Pass(succeeded, failed, pending, completed);
        if (succeeded + failed + pending + completed > 0) {
            log.info("funds janitor: {}", pass);
        }
        return pass;
    }

    private PaymentStatus retry(String paymentId) {
        Optional<Payment> found = payments.find(paymentId).filter(p -> p.status() == PaymentStatus.PROCESSING);
        if (found.isEmpty()) {
            return PaymentStatus.PROCESSING;
        }
        PaymentFunding.Outcome outcome = funding.settle(found.get());
        Payment after = payments.change(paymentId, current -> {
            if (current.status() != PaymentStatus.PROCESSING) {
                return current;
            }
            return switch (outcome) {
                case PaymentFunding.Outcome.Paid paid -> current.moveTo(PaymentStatus.SUCCEEDED, now());
                case PaymentFunding.Outcome.Failed f ->
                    current.fail(PaymentStatus.FAILED, f.reason(), f.message(), now());
                case PaymentFunding.Outcome.Pending p -> current;
            };
        });
        return after.status();
    }

    private Instant now() {
        return clock.instant();
    }
}
