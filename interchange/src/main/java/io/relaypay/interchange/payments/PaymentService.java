package io.relaypay.interchange.payments;

import io.relaypay.interchange.common.ApiException;
import io.relaypay.interchange.common.Ids;
import io.relaypay.interchange.common.ProblemType;
import io.relaypay.interchange.common.Transactions;
import io.relaypay.interchange.merchants.Caller;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;

/**
 * Payments as merchants see them: create, look up, list, cancel; and the one place every status
 * change goes through, so each change is checked against the state machine, stored with an
 * optimistic lock and announced to the merchant in the same transaction.
 */
public final class PaymentService {

    private static final int MAX_LIST = 100;
    private static final int CONFLICT_RETRIES = 5;
    private final PaymentStore store;
    private final PaymentEvents events;
    private final Transactions transactions;
    private final Ids ids;
    private final Clock clock;
    private final Duration expiry;

    /** A service over {@code store}; new payments wait {@code expiry} for the buyer. */
    public PaymentService(
            PaymentStore store,
            PaymentEvents events,
            Transactions transactions,
            Ids ids,
            Clock clock,
            Duration expiry) {
        this.store = Objects.requireNonNull(store, "store");
        this.events = Objects.requireNonNull(events, "events");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.expiry = Objects.requireNonNull(expiry, "expiry");
    }

    /** Creates a payment waiting for the buyer's phone number. */
    public Payment create(NewPayment request) {
        Instant now = clock.instant();
        Payment payment = new Payment(
                ids.next("pay"),
                request.caller().merchantId(),
                request.caller().livemode(),
                PaymentStatus.REQUIRES_PHONE_NUMBER,
                request.amount(),
                request.currency(),
                0,
                request.reference(),
                request.description(),
                request.successUrl(),
                request.cancelUrl(),
                request.phoneNumber(),
                Optional.empty(),
                Optional.empty(),
                now,
                now.plus(expiry),
                now,
                0,
                request.collectShippingAddress(),
                Optional.empty());
        store.insert(payment);
        return payment;
    }

    /** The caller's payment, or not-found (also for another merchant's or mode's payment). */
    public Payment get(Caller caller, String paymentId) {
        return find(paymentId)
                .filter(p -> p.merchantId().equals(caller.merchantId()) && p.livemode() == caller.livemode())
                .orElseThrow(() -> ApiException.notFound("payment", paymentId));
    }

    /** A payment by id, whoever owns it (checkout page, janitor). */
    public Optional<Payment> find(String paymentId) {
        return store.find(paymentId);
    }

    /**
     * A page of the caller's payments, newest first.
     *
     * @param payments up to the asked number of payments
     * @param hasMore whether older ones follow
     */
    public record Page(List<Payment> payments, boolean hasMore) {}

    /** The caller's payments, newest first, older than {@code startingAfter} when given. */
    public Page list(Caller caller, Optional<String> startingAfter, int limit) {
        if (limit < 1 || limit > MAX_LIST) {
            throw ApiException.invalid("limit", "limit must be 1 to " + MAX_LIST);
        }
        List<Payment> found = store.list(caller.merchantId(), caller.livemode(), startingAfter, limit + 1);
        return new Page(found.stream().limit(limit).toList(), found.size() > limit);
    }

    /** Cancels the caller's payment; only possible while it waits for the buyer. */
    public Payment cancel(Caller caller, String paymentId) {
        Payment payment = get(caller, paymentId);
        return change(payment.id(), current -> {
            if (current.status() == PaymentStatus.CANCELED) {
                return current;
            }
            if (!current.status().canMoveTo(PaymentStatus.CANCELED)) {
                throw new ApiException(
                        ProblemType.INVALID_STATE, "a " + current.status().wire() + " payment cannot be canceled");
            }
            return current.fail(
                    PaymentStatus.CANCELED, FailureReason.CANCELED, "canceled by the merchant", clock.instant());
        });
    }

    /**
     * Applies {@code step} to the current payment and stores the result, retrying on concurrent
     * changes. Returning the payment unchanged stores nothing. A change of status is announced to
     * the merchant in the same transaction.
     */
    public Payment change(String paymentId, UnaryOperator<Payment> step) {
        for (int attempt = 0; ; attempt++) {
            Optional<Payment> outcome = transactions.inTransaction(() -> {
                Payment current = store.find(paymentId).orElseThrow(() -> ApiException.notFound("payment", paymentId));
                Payment next = step.apply(current);
                if (next.equals(current)) {
                    return Optional.of(current);
                }
                Optional<Payment> stored = store.update(current, next);
                stored.filter(p -> p.status() != current.status()).ifPresent(events::changed);
                return stored;
            });
            if (outcome.isPresent()) {
                return outcome.get();
            }
            if (attempt >= CONFLICT_RETRIES) {
                throw new IllegalStateException("payment " + paymentId + " kept changing under us");
            }
        }
    }

    /**
     * Expires up to {@code limit} payments whose buyer did not finish in time; the janitor's job.
     *
     * @return how many expired
     */
    public int expireOverdue(int limit) {
        return expireDue(limit).size();
    }

    /**
     * Expires up to {@code limit} payments whose buyer did not finish in time.
     *
     * @return the payments this call expired (the janitor tells their buyers)
     */
    public List<Payment> expireDue(int limit) {
        List<Payment> expired = new ArrayList<>();
        Instant now = clock.instant();
        for (Payment overdue : store.overdue(now, limit)) {
            // change() may retry the step; the flag holds the verdict of the run that was stored.
            AtomicBoolean moved = new AtomicBoolean();
            Payment after = change(overdue.id(), current -> {
                boolean due = current.status().waitingForBuyer()
                        && !current.expiresAt().isAfter(now);
                moved.set(due);
                return due
                        ? current.fail(
                                PaymentStatus.EXPIRED, FailureReason.EXPIRED, "the buyer did not finish in time", now)
                        : current;
            });
            if (moved.get()) {
                expired.add(after);
            }
        }
        return expired;
    }
}
