package io.relaypay.interchange.refunds;

import io.relaypay.interchange.common.Amounts;
import io.relaypay.interchange.common.ApiException;
import io.relaypay.interchange.common.Ids;
import io.relaypay.interchange.common.ProblemType;
import io.relaypay.interchange.common.Transactions;
import io.relaypay.interchange.events.MerchantEvents;
import io.relaypay.interchange.funds.Bookings;
import io.relaypay.interchange.merchants.Caller;
import io.relaypay.interchange.payments.Payment;
import io.relaypay.interchange.payments.PaymentService;
import io.relaypay.interchange.payments.PaymentStatus;
import io.relaypay.ledger.domain.LedgerUnavailableException;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refunds succeeded payments from the merchant's balance to the buyer's balance, and from there on
 * to the method that funded the payment where it can take the money back ({@link RefundForwarding}).
 *
 * <p>Three steps, each safe to repeat: (1) in one transaction, the amount is reserved on the
 * payment ({@code amount_refunded}, with the payment's row locked and its optimistic lock checked,
 * so concurrent refunds queue and can never add up to more than the payment) and the refund is stored {@code pending}; (2) the ledger
 * moves the money with a transfer whose id is derived from the refund; (3) in one transaction, the
 * refund becomes {@code succeeded} or {@code failed} (and a failed one gives the reservation back)
 * and the merchant's event is queued. A crash between steps leaves the refund pending for the
 * janitor, which repeats (2) and (3).
 *
 * <p>The merchant's fee on the payment is not returned: the merchant's balance pays the whole
 * refund, so a refund the balance does not cover fails with {@code insufficient_merchant_balance}.
 */
public final class RefundService {

    /** The failure reason when the merchant's balance did not cover the refund. */
    public static final String INSUFFICIENT_MERCHANT_BALANCE = "insufficient_merchant_balance";

    private static final Logger log = LoggerFactory.getLogger(RefundService.class);

    private final RefundStore store;
    private final PaymentService payments;
    private final Bookings bookings;
    private final MerchantEvents events;
    private final Transactions transactions;
    private final Ids ids;
    private final Clock clock;
    private final RefundForwarding forwarding;

    /** A service over these parts that leaves every refund on the buyer's balance. */
    public RefundService(
            RefundStore store,
            PaymentService payments,
            Bookings bookings,
            MerchantEvents events,
            Transactions transactions,
            Ids ids,
            Clock clock) {
        this(store, payments, bookings, events, transactions, ids, clock, RefundForwarding.toBalance());
    }

    /** A service over these parts that sends refunds on to the funding method by {@code forwarding}. */
    public RefundService(
            RefundStore store,
            PaymentService payments,
            Bookings bookings,
            MerchantEvents events,
            Transactions transactions,
            Ids ids,
            Clock clock,
            RefundForwarding forwarding) {
        this.forwarding = Objects.requireNonNull(forwarding, "forwarding");
        this.store = Objects.requireNonNull(store, "store");
        this.payments = Objects.requireNonNull(payments, "payments");
        this.bookings = Objects.requireNonNull(bookings, "bookings");
        this.events = Objects.requireNonNull(events, "events");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Refunds the caller's payment; the result is {@code succeeded}, {@code failed} or, rarely, pending. */
    public Refund create(NewRefund request) {
        Payment payment = payments.get(request.caller(), request.paymentId());
        String id = ids.next("re");
        Refund reserved = transactions.inTransaction(() -> {
            long[] amount = new long[1];
            Instant now = clock.instant();
            store.lockPayment(payment.id());
            payments.change(payment.id(), current -> {
                amount[0] = reservable(current, request.amount());
                return current.refunded(amount[0], now);
            });
            Refund refund = new Refund(
                    id,
                    payment.id(),
                    payment.merchantId(),
                    payment.livemode(),
                    amount[0],
                    payment.currency(),
                    RefundStatus.PENDING,
                    Optional.empty(),
                    Optional.empty(),
                    now,
                    now);
            store.insert(refund);
            return refund;
        });
        log.info("refund={} payment={} amount={} reserved", id, payment.id(), reserved.amount());
        return complete(reserved);
    }

    /** The caller's refund, or not-found (also for another merchant's or mode's refund). */
    public Refund get(Caller caller, String refundId) {
        return store.find(refundId)
                .filter(r -> r.merchantId().equals(caller.merchantId()) && r.livemode() == caller.livemode())
                .orElseThrow(() -> ApiException.notFound("refund", refundId));
    }

    /**
     * Completes up to {@code limit} refunds left pending since before {@code cutoff}; the janitor's job.
     *
     * @return how many are no longer pending
     */
    public int completePending(Instant cutoff, int limit) {
        int done = 0;
        for (Refund refund : store.pendingBefore(cutoff, limit)) {
            try {
                if (complete(refund).status() != RefundStatus.PENDING) {
                    done++;
                }
            } catch (RuntimeException e) {
                log.error("refund={} could not be completed; will retry", refund.id(), e);
            }
        }
        return done;
    }

    /** What of the payment this request may reserve, or the refusal. */
    private static long reservable(Payment current, Optional<Long> asked) {
        if (current.status() != PaymentStatus.SUCCEEDED) {
            throw new ApiException(
                    ProblemType.INVALID_STATE,
                    "only succeeded payments can be refunded; this one is "
                            + current.status().wire());
        }
        long left = current.refundable();
        long amount = asked.orElse(left);
        if (left == 0) {
            throw new ApiException(
                    ProblemType.REFUND_EXCEEDS_PAYMENT, "the payment is already refunded in full", "amount");
        }
        if (amount > left) {
            throw new ApiException(
                    ProblemType.REFUND_EXCEEDS_PAYMENT,
                    "only " + Amounts.format(left, current.currency()) + " of the payment is left to refund",
                    "amount");
        }
        return amount;
    }

    /** Moves the money of a pending refund and records the outcome; a no-op for a finished one. */
    private Refund complete(Refund refund) {
        if (refund.status() != RefundStatus.PENDING) {
            return refund;
        }
        Payment payment = payments.find(refund.paymentId()).orElseThrow();
        Bookings.Result booked;
        Optional<RefundForwarding.Destination> landed = Optional.empty();
        try {
            booked = bookings.refund(refund.id(), payment, refund.amount());
        } catch (LedgerUnavailableException e) {
            log.warn("refund={} ledger unavailable; left pending for the janitor", refund.id(), e);
            return refund;
        }
        if (booked == Bookings.Result.BOOKED) {
            RefundForwarding.Destination destination;
            try {
                destination = forwarding.forward(refund, payment);
            } catch (RuntimeException e) {
                log.warn("refund={} forwarding failed; left pending for the janitor", refund.id(), e);
                return refund;
            }
            if (destination == RefundForwarding.Destination.UNKNOWN) {
                log.info("refund={} funding method did not answer; left pending for the janitor", refund.id());
                return refund;
            }
            log.info("refund={} payment={} destination={}", refund.id(), refund.paymentId(), destination);
            landed = Optional.of(destination);
        }
        Optional<RefundForwarding.Destination> destination = landed;
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            boolean succeeded = booked == Bookings.Result.BOOKED;
            Optional<String> reason = succeeded ? Optional.empty() : Optional.of(INSUFFICIENT_MERCHANT_BALANCE);
            if (store.finish(
                    refund.id(), succeeded ? RefundStatus.SUCCEEDED : RefundStatus.FAILED, reason, destination, now)) {
                if (!succeeded) {
                    payments.change(refund.paymentId(), p -> p.refunded(-refund.amount(), now));
                }
                Refund finished = store.find(refund.id()).orElseThrow();
                events.publish(
                        finished.merchantId(),
                        finished.livemode(),
                        succeeded ? "refund.succeeded" : "refund.failed",
                        RefundView.of(finished));
                log.info(
                        "refund={} payment={} {}",
                        refund.id(),
                        refund.paymentId(),
                        finished.status().wire());
                return finished;
            }
            return store.find(refund.id()).orElseThrow();
        });
    }
}
