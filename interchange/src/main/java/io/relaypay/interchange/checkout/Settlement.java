package io.relaypay.interchange.checkout;

import io.relaypay.interchange.payments.FailureReason;
import io.relaypay.interchange.payments.Payment;
import io.relaypay.interchange.payments.PaymentFunding;
import io.relaypay.interchange.payments.PaymentService;
import io.relaypay.interchange.payments.PaymentStatus;
import io.relaypay.interchange.payments.ShippingAddress;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The end of a payment: into {@code PROCESSING} exactly once, the money moved, and the final status
 * with its notice to the buyer. "Exactly once" rests on {@link PaymentService#change}'s optimistic
 * lock: of two confirmations racing, only the one whose step moved the stored payment settles it.
 */
public final class Settlement {

    private static final Logger log = LoggerFactory.getLogger(Settlement.class);
    private final PaymentService payments;
    private final PaymentFunding funding;
    private final CompletionNotices notices;
    private final Clock clock;

    /** Settles through {@code funding}, telling buyers with {@code notices}. */
    public Settlement(PaymentService payments, PaymentFunding funding, CompletionNotices notices, Clock clock) {
        this.payments = Objects.requireNonNull(payments, "payments");
        this.funding = Objects.requireNonNull(funding, "funding");
        this.notices = Objects.requireNonNull(notices, "notices");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Moves a confirmed payment to {@code PROCESSING} if it still waits for confirmation and its
     * deadline has not passed. Runs in the caller's transaction.
     *
     * @return the payment in {@code PROCESSING} when this call moved it; empty when it did not
     *     (another confirmation came first, or the payment moved on)
     */
    public Optional<Payment> startProcessing(String paymentId) {
        return startProcessing(paymentId, Optional.empty());
    }

    /**
     * As {@link #startProcessing(String)}, keeping {@code shipTo} with the payment in the same
     * change: the address is fixed before any money moves.
     */
    public Optional<Payment> startProcessing(String paymentId, Optional<ShippingAddress> shipTo) {
        Instant now = clock.instant();
        return moveIf(
                paymentId, p -> p.status() == PaymentStatus.REQUIRES_CONFIRMATION && now.isBefore(p.expiresAt()), p -> {
                    Payment shipping = shipTo.map(a -> p.shippingTo(a, now)).orElse(p);
                    return shipping.moveTo(PaymentStatus.PROCESSING, now);
                });
    }

    /**
     * Fails a confirmed payment that must ship while the buyer has no address on file, before any
     * money moves. Runs in the caller's transaction; the caller sends the notice once it committed.
     *
     * @return the failed payment when this call failed it
     */
    public Optional<Payment> failShippingMissing(String paymentId) {
        Instant now = clock.instant();
        return moveIf(
                paymentId,
                p -> p.status() == PaymentStatus.REQUIRES_CONFIRMATION,
                p -> p.fail(
                        PaymentStatus.FAILED,
                        FailureReason.SHIPPING_ADDRESS_MISSING,
                        "the merchant needs a shipping address and the buyer has none on file",
                        now));
    }

    /**
     * Fails a payment whose buyer got the code or PIN wrong too often. Runs in the caller's
     * transaction; the caller sends the notice once it committed.
     *
     * @return the failed payment when this call failed it
     */
    public Optional<Payment> failConfirmation(String paymentId) {
        Instant now = clock.instant();
        return moveIf(
                paymentId,
                p -> p.status() == PaymentStatus.REQUIRES_CONFIRMATION,
                p -> p.fail(
                        PaymentStatus.FAILED,
                        FailureReason.CONFIRMATION_FAILED,
                        "the code or PIN was wrong too many times",
                        now));
    }

    /**
     * Moves the money of a payment in {@code PROCESSING} and records the outcome; outside any
     * transaction, since funding may wait for a carrier. A pending or failing funding call leaves
     * the payment in {@code PROCESSING} for the janitor; funding is idempotent per payment.
     *
     * @return the payment as it now stands
     */
    public Payment settle(Payment processing) {
        PaymentFunding.Outcome outcome;
        try {
            outcome = funding.settle(processing);
        } catch (RuntimeException e) {
            log.warn("payment {} settle failed, left for the janitor: {}", processing.id(), e.toString());
            return processing;
        }
        Instant now = clock.instant();
        Predicate<Payment> processingNow = p -> p.status() == PaymentStatus.PROCESSING;
        Optional<Payment> finished = switch (outcome) {
            case PaymentFunding.Outcome.Paid() ->
                moveIf(processing.id(), processingNow, p -> p.moveTo(PaymentStatus.SUCCEEDED, now));
            case PaymentFunding.Outcome.Failed(FailureReason reason, String message) ->
                moveIf(processing.id(), processingNow, p -> p.fail(PaymentStatus.FAILED, reason, message, now));
            case PaymentFunding.Outcome.Pending(String why) -> {
                log.info("payment {} funding pending: {}", processing.id(), why);
                yield Optional.empty();
            }
        };
        finished.ifPresent(notices::tell);
        return finished.or(() -> payments.find(processing.id())).orElse(processing);
    }

    /**
     * Expires {@code payment} if it still waits for the buyer and its deadline passed, telling the
     * buyer; pages call this so an overdue payment shows as expired before the janitor comes by.
     *
     * @return the payment as it now stands
     */
    public Payment expireIfOverdue(Payment payment) {
        Instant now = clock.instant();
        if (!payment.status().waitingForBuyer() || now.isBefore(payment.expiresAt())) {
            return payment;
        }
        Optional<Payment> expired = moveIf(
                payment.id(),
                p -> p.status().waitingForBuyer() && !now.isBefore(p.expiresAt()),
                p -> p.fail(PaymentStatus.EXPIRED, FailureReason.EXPIRED, "the buyer did not finish in time", now));
        expired.ifPresent(notices::tell);
        return expired.or(() -> payments.find(payment.id())).orElse(payment);
    }

    /** Tells the buyer how {@code payment} ended (after the transaction that ended it committed). */
    public void announce(Payment payment) {
        notices.tell(payment);
    }

    private Optional<Payment> moveIf(String paymentId, Predicate<Payment> when, UnaryOperator<Payment> step) {
        // change() may run the step more than once (optimistic-lock retries); the flag holds the
        // verdict of the run whose result was stored.
        AtomicBoolean moved = new AtomicBoolean();
        Payment after = payments.change(paymentId, current -> {
            boolean go = when.test(current);
            moved.set(go);
            return go ? step.apply(current) : current;
        });
        if (moved.get()) {
            log.info("payment {} is {}", after.id(), after.status().wire());
            return Optional.of(after);
        }
        return Optional.empty();
    }
}
