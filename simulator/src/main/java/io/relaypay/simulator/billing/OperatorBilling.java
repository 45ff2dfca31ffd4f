package io.relaypay.simulator.billing;

import io.relaypay.simulator.ApiFaults;
import io.relaypay.simulator.CarrierConfig;
import io.relaypay.simulator.Charge;
import io.relaypay.simulator.ChargeKind;
import io.relaypay.simulator.network.Network;
import io.relaypay.simulator.network.VirtualPhone;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The carriers' operator billing (direct carrier billing): one-step charges, reservations with
 * confirm and cancel, refunds, idempotency by {@code clientCorrelator}, and the per-subscriber
 * checks. Charges and refunds go onto the phone's bill ({@link Network#addToBill}) with the
 * carrier's share. Thread-safe: every operation runs under one lock, so checks and charges are
 * atomic.
 *
 * <p>Reservations expire {@code reservationTimeout} after they were made: every operation first
 * cancels those that are due by the network's clock, and a janitor does so every second, so an
 * injected clock that jumps ahead takes effect on the next request.
 */
public final class OperatorBilling implements BillingControl, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OperatorBilling.class);

    private final Network network;
    private final Duration reservationTimeout;
    private final ApiFaults faults = new ApiFaults();
    private final PaymentBook book = new PaymentBook();
    private final SubscriberAccounts accounts = new SubscriberAccounts();
    private final RefundPolicy refunds;
    private final ScheduledExecutorService janitor = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("billing-janitor").factory());

    /** Operator billing on {@code network}; its janitor runs until {@link #close()}. */
    public OperatorBilling(Network network, Duration reservationTimeout) {
        this.network = network;
        this.reservationTimeout = reservationTimeout;
        this.refunds = new RefundPolicy(network, book, accounts);
        janitor.scheduleWithFixedDelay(this::expireDue, 1, 1, TimeUnit.SECONDS);
    }

    /** The injected faults, for the HTTP API. */
    public ApiFaults faults() {
        return faults;
    }

    /**
     * Charges ({@link PaymentFlow#ONE_STEP}) or reserves ({@link PaymentFlow#TWO_STEP}) an amount. A
     * request whose {@code clientCorrelator} is known returns that payment as it is now, without
     * charging again.
     *
     * @throws BillingException when refused; nothing is changed then
     */
    public synchronized Created<BillingPayment> pay(ChargeRequest request) {
        expireDue();
        Optional<BillingPayment> earlier = request.clientCorrelator().flatMap(book::byCorrelator);
        if (earlier.isPresent()) {
            requireSameRequest(
                    earlier.get().request().equals(request),
                    request.clientCorrelator().orElseThrow());
            return new Created<>(earlier.get(), true);
        }
        if (faults.declineAll()) {
            throw new BillingException(BillingError.PAYMENT_DENIED, "payment denied by business (declineAll)");
        }
        VirtualPhone phone = network.phone(request.phoneNumber())
                .orElseThrow(() -> new BillingException(
                        BillingError.UNKNOWN_PHONE_NUMBER, "no subscriber " + request.phoneNumber()));
        CarrierConfig carrier = network.carriers().require(phone.carrier());
        Eligibility.requireBillable(phone, carrier, request);
        Instant now = network.clock().instant();
        accounts.requireAffordable(phone, carrier, request.amountMinor(), now);
        String id = "cbp_" + UUID.randomUUID().toString().replace("-", "");
        long share = carrier.shareOf(request.amountMinor());
        BillingPayment payment = switch (request.flow()) {
            case ONE_STEP -> {
                BillingPayment charged = BillingPayment.charged(id, request, now, share);
                charge(phone, charged, now);
                yield charged;
            }
            case TWO_STEP -> {
                accounts.hold(phone, id, request.amountMinor());
                yield BillingPayment.reserved(id, request, now, now.plus(reservationTimeout), share);
            }
        };
        book.put(payment);
        log.info(
                "payment={} phone={} amount={} {} status={}",
                id,
                phone.msisdn(),
                request.amountMinor(),
                request.currency(),
                payment.status().wireName());
        return new Created<>(payment, false);
    }

    /**
     * Confirms a reservation: the amount is charged.
     *
     * @param phoneNumber when given, must be the payment's
     * @throws BillingException {@code PAYMENT_NOT_FOUND}, {@code PAYMENT_CONFIRMED}, {@code
     *     PAYMENT_CANCELLED}
     */
    public synchronized BillingPayment confirm(String paymentId, Optional<String> phoneNumber) {
        expireDue();
        BillingPayment payment = require(paymentId, phoneNumber);
        Instant now = network.clock().instant();
        BillingPayment confirmed = payment.confirmed(now);
        VirtualPhone phone = phoneOf(payment);
        accounts.release(phone, paymentId);
        charge(phone, confirmed, now);
        book.put(confirmed);
        log.info("payment={} status=succeeded (confirmed)", paymentId);
        return confirmed;
    }

    /**
     * Cancels a reservation; nothing is charged.
     *
     * @param phoneNumber when given, must be the payment's
     * @throws BillingException {@code PAYMENT_NOT_FOUND}, {@code PAYMENT_CONFIRMED}, {@code
     *     PAYMENT_CANCELLED}
     */
    public synchronized BillingPayment cancel(String paymentId, Optional<String> phoneNumber) {
        expireDue();
        BillingPayment cancelled = require(paymentId, phoneNumber).cancelled(CancellationReason.CLIENT);
        accounts.release(phoneOf(cancelled), paymentId);
        book.put(cancelled);
        log.info("payment={} status=cancelled (client)", paymentId);
        return cancelled;
    }

    /**
     * Refunds a charged payment in full or in part: a credit line on the phone's bill, and back
     * into a prepaid phone's credit.
     *
     * @throws BillingException {@code PAYMENT_NOT_FOUND}, {@code INVALID_PAYMENT_STATUS}, {@code
     *     REFUND_AMOUNT_EXCEEDED}, {@code CURRENCY_NOT_SUPPORTED}, {@code REFUND_DENIED}, {@code
     *     CLIENT_CORRELATOR_CONFLICT}
     */
    public synchronized Created<BillingRefund> refund(RefundRequest request) {
        expireDue();
        Optional<BillingRefund> earlier = request.clientCorrelator().flatMap(book::refundByCorrelator);
        if (earlier.isPresent()) {
            requireSameRequest(
                    earlier.get().request().equals(request),
                    request.clientCorrelator().orElseThrow());
            return new Created<>(earlier.get(), true);
        }
        BillingPayment payment = book.require(request.paymentId());
        if (faults.declineAll()) {
            throw new BillingException(BillingError.REFUND_DENIED, "refund denied by business (declineAll)");
        }
        BillingRefund refund = refunds.refund(
                payment, phoneOf(payment), request, network.clock().instant());
        log.info(
                "refund={} payment={} amount={} {}",
                refund.refundId(),
                payment.paymentId(),
                refund.amountMinor(),
                refund.currency());
        return new Created<>(refund, false);
    }

    /** The payment with this id, as it is now. */
    @Override
    public synchronized Optional<BillingPayment> payment(String paymentId) {
        expireDue();
        return book.payment(paymentId);
    }

    /** The payment created with this {@code clientCorrelator}, as it is now. */
    public synchronized Optional<BillingPayment> paymentByCorrelator(String clientCorrelator) {
        expireDue();
        return book.byCorrelator(clientCorrelator);
    }

    @Override
    public synchronized List<BillingPayment> payments() {
        expireDue();
        return book.payments();
    }

    @Override
    public synchronized List<BillingRefund> refunds(String paymentId) {
        return book.refunds(paymentId);
    }

    /** The refund with this id of this payment. */
    public synchronized Optional<BillingRefund> refund(String paymentId, String refundId) {
        return book.refund(paymentId, refundId);
    }

    @Override
    public synchronized Optional<Long> availableCreditMinor(String msisdn) {
        expireDue();
        return accounts.availableCredit(knownPhone(msisdn));
    }

    @Override
    public synchronized long spentThisMonthMinor(String msisdn) {
        expireDue();
        return accounts.spentThisMonth(knownPhone(msisdn), network.clock().instant());
    }

    /** Cancels every reservation whose time is up by the network's clock; returns how many. */
    public synchronized int expireDue() {
        Instant now = network.clock().instant();
        int expired = 0;
        for (BillingPayment reservation : book.reservations()) {
            if (!reservation.reservationExpiresAt().orElseThrow().isAfter(now)) {
                BillingPayment cancelled = reservation.cancelled(CancellationReason.EXPIRED);
                accounts.release(phoneOf(cancelled), cancelled.paymentId());
                book.put(cancelled);
                log.info("payment={} status=cancelled (expired)", cancelled.paymentId());
                expired++;
            }
        }
        return expired;
    }

    @Override
    public void declineAll(boolean on) {
        faults.declineAll(on);
    }

    @Override
    public void latency(Duration delay) {
        faults.latency(delay);
    }

    @Override
    public void dropResponses(int count) {
        faults.dropResponses(count);
    }

    @Override
    public void dropRequests(int count) {
        faults.dropRequests(count);
    }

    @Override
    public void close() {
        janitor.shutdownNow();
    }

    private void charge(VirtualPhone phone, BillingPayment payment, Instant now) {
        ChargeRequest request = payment.request();
        accounts.debit(phone, request.amountMinor(), now);
        network.addToBill(
                phone,
                new Charge(
                        ChargeKind.OPERATOR_BILLING,
                        request.amountMinor(),
                        request.currency(),
                        now,
                        service(request),
                        payment.paymentId(),
                        request.description(),
                        payment.carrierShareMinor()));
    }

    /** Who the bill names as the charging service: the merchant, else the client's reference. */
    static String service(ChargeRequest request) {
        return request.merchantName().orElse(request.referenceCode());
    }

    private BillingPayment require(String paymentId, Optional<String> phoneNumber) {
        BillingPayment payment = book.require(paymentId);
        if (phoneNumber.isPresent()
                && !phoneNumber.get().equals(payment.request().phoneNumber())) {
            // As CAMARA does for a token of another subscriber: the payment does not exist for them.
            throw new BillingException(
                    BillingError.PAYMENT_NOT_FOUND, "no payment " + paymentId + " for " + phoneNumber.get());
        }
        return payment;
    }

    private VirtualPhone phoneOf(BillingPayment payment) {
        return knownPhone(payment.request().phoneNumber());
    }

    private VirtualPhone knownPhone(String msisdn) {
        return network.phone(msisdn).orElseThrow(() -> new NoSuchElementException("no phone " + msisdn));
    }

    private static void requireSameRequest(boolean same, String clientCorrelator) {
        if (!same) {
            throw new BillingException(
                    BillingError.CLIENT_CORRELATOR_CONFLICT,
                    "clientCorrelator " + clientCorrelator + " was already used for a different request");
        }
    }
}
