package io.relaypay.simulator.billing;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Runtime control of the operator billing API for tests: fault injection and what was charged.
 * Thread-safe; every change takes effect for the next request.
 */
public interface BillingControl {

    /**
     * While on, every new charge, reservation and refund is refused ({@code 403
     * CARRIER_BILLING.PAYMENT_DENIED}, refunds {@code CARRIER_BILLING_REFUND.REFUND_DENIED}).
     * Confirm and cancel of existing reservations, reads and idempotent replays still work.
     */
    void declineAll(boolean on);

    /** Every billing API request waits this long before it is handled (zero: none). */
    void latency(Duration delay);

    /**
     * The next {@code count} billing API POSTs that succeed (create, prepare, confirm, cancel,
     * refund, or an idempotent replay) are carried out, and then their connection is closed without
     * an answer: the client cannot know the outcome and must reconcile ({@code GET /payments/{id}}
     * or {@code GET /payments?clientCorrelator=…}). Refused requests are answered and do not count.
     */
    void dropResponses(int count);

    /**
     * The next {@code count} billing API POSTs are dropped before they are carried out: the
     * connection is closed without an answer and nothing was created, charged or cancelled, so a
     * lookup by correlator finds nothing.
     */
    void dropRequests(int count);

    /** Every payment, oldest first; a snapshot. */
    List<BillingPayment> payments();

    /** The payment with this id, as it is now. */
    Optional<BillingPayment> payment(String paymentId);

    /** The refunds of a payment, oldest first. */
    List<BillingRefund> refunds(String paymentId);

    /**
     * What a prepaid phone can still spend: its credit minus open reservations; empty for a
     * postpaid phone.
     *
     * @throws java.util.NoSuchElementException for an unknown phone
     */
    Optional<Long> availableCreditMinor(String msisdn);

    /**
     * What counts against the phone's monthly limit now: operator billing charges of the current
     * calendar month (UTC) net of refunds, plus open reservations.
     *
     * @throws java.util.NoSuchElementException for an unknown phone
     */
    long spentThisMonthMinor(String msisdn);
}
