package io.relaypay.interchange.checkout;

import io.relaypay.interchange.payments.Payment;
import io.relaypay.interchange.payments.PaymentService;
import io.relaypay.interchange.payments.PaymentStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settles what buyers and carriers left hanging: expires payments whose deadline passed while
 * waiting for the buyer (telling the buyer when a confirmation had been sent), and settles again
 * payments left in {@code PROCESSING} longer than the lease (a crash between confirmation and
 * settlement, or a carrier that had not answered). Safe to run on several nodes at once: every
 * change goes through the payment's optimistic lock and funding is idempotent per payment.
 */
public final class PaymentJanitor {

    private static final Logger log = LoggerFactory.getLogger(PaymentJanitor.class);
    private final PaymentService payments;
    private final StuckPayments stuck;
    private final Settlement settlement;
    private final CompletionNotices notices;
    private final Clock clock;
    private final Duration lease;
    private final int batch;

    /**
     * What one run did.
     *
     * @param expired payments expired
     * @param settled payments taken out of {@code PROCESSING}
     * @param stillProcessing payments retried that are still {@code PROCESSING}
     */
    public record Report(int expired, int settled, int stillProcessing) {}

    /**
     * A janitor.
     *
     * @param lease how long a payment may stay in {@code PROCESSING} before it is settled again
     * @param batch the most payments of each kind handled per run
     */
    public PaymentJanitor(
            PaymentService payments,
            StuckPayments stuck,
            Settlement settlement,
            CompletionNotices notices,
            Clock clock,
            Duration lease,
            int batch) {
        this.payments = Objects.requireNonNull(payments, "payments");
        this.stuck = Objects.requireNonNull(stuck, "stuck");
        this.settlement = Objects.requireNonNull(settlement, "settlement");
        this.notices = Objects.requireNonNull(notices, "notices");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.lease = Objects.requireNonNull(lease, "lease");
        if (batch < 1) {
            throw new IllegalArgumentException("batch must be at least 1");
        }
        this.batch = batch;
    }

    /** One pass over overdue and stuck payments. */
    public Report runOnce() {
        return runOnce(clock.instant());
    }

    /**
     * One pass, taking payments in {@code PROCESSING} since before {@code now} minus the lease as
     * stuck (tests pass a later time instead of waiting out the lease).
     */
    public Report runOnce(Instant now) {
        List<Payment> expired = payments.expireDue(batch);
        expired.forEach(notices::tell);
        int settled = 0;
        int still = 0;
        Instant before = now.minus(lease);
        for (String id : stuck.processingSince(before, batch)) {
            try {
                Optional<Payment> after = payments.find(id)
                        .filter(p -> p.status() == PaymentStatus.PROCESSING)
                        .map(settlement::settle);
                if (after.isEmpty()) {
                    continue;
                }
                if (after.get().status() == PaymentStatus.PROCESSING) {
                    still++;
                } else {
                    settled++;
                }
            } catch (RuntimeException e) {
                log.warn("payment {} janitor settle failed: {}", id, e.toString());
                still++;
            }
        }
        Report report = new Report(expired.size(), settled, still);
        if (report.expired() + report.settled() + report.stillProcessing() > 0) {
            log.info(
                    "janitor expired={} settled={} still_processing={}",
                    report.expired(),
                    report.settled(),
                    report.stillProcessing());
        }
        return report;
    }

    /** {@link #runOnce} for a scheduler: an error is logged and the next run tries again. */
    public void runLogged() {
        try {
            runOnce();
        } catch (RuntimeException e) {
            log.error("janitor run failed", e);
        }
    }
}
