package io.relaypay.simulator.billing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every payment and refund, with their {@code clientCorrelator} indexes and the set of open
 * reservations. Not thread-safe: {@link OperatorBilling} calls it under its lock. Nothing is ever
 * removed; a simulator run is short.
 */
final class PaymentBook {

    private final Map<String, BillingPayment> payments = new LinkedHashMap<>();
    private final Map<String, String> paymentByCorrelator = new HashMap<>();
    private final Set<String> reserved = new LinkedHashSet<>();
    private final Map<String, BillingRefund> refunds = new LinkedHashMap<>();
    private final Map<String, List<String>> refundsByPayment = new HashMap<>();
    private final Map<String, String> refundByCorrelator = new HashMap<>();

    /** Stores a new payment or the next state of a known one. */
    void put(BillingPayment payment) {
        payments.put(payment.paymentId(), payment);
        payment.request().clientCorrelator().ifPresent(c -> paymentByCorrelator.put(c, payment.paymentId()));
        if (payment.status() == PaymentStatus.RESERVED) {
            reserved.add(payment.paymentId());
        } else {
            reserved.remove(payment.paymentId());
        }
    }

    Optional<BillingPayment> payment(String paymentId) {
        return Optional.ofNullable(payments.get(paymentId));
    }

    BillingPayment require(String paymentId) {
        return payment(paymentId)
                .orElseThrow(() -> new BillingException(BillingError.PAYMENT_NOT_FOUND, "no payment " + paymentId));
    }

    Optional<BillingPayment> byCorrelator(String clientCorrelator) {
        return Optional.ofNullable(paymentByCorrelator.get(clientCorrelator)).map(payments::get);
    }

    List<BillingPayment> payments() {
        return List.copyOf(payments.values());
    }

    /** The open reservations, oldest first. */
    List<BillingPayment> reservations() {
        return reserved.stream().map(payments::get).toList();
    }

    void add(BillingRefund refund) {
        refunds.put(refund.refundId(), refund);
        refundsByPayment
                .computeIfAbsent(refund.paymentId(), p -> new ArrayList<>())
                .add(refund.refundId());
        refund.request().clientCorrelator().ifPresent(c -> refundByCorrelator.put(c, refund.refundId()));
    }

    List<BillingRefund> refunds(String paymentId) {
        return refundsByPayment.getOrDefault(paymentId, List.of()).stream()
                .map(refunds::get)
                .toList();
    }

    Optional<BillingRefund> refund(String paymentId, String refundId) {
        return Optional.ofNullable(refunds.get(refundId))
                .filter(r -> r.paymentId().equals(paymentId));
    }

    Optional<BillingRefund> refundByCorrelator(String clientCorrelator) {
        return Optional.ofNullable(refundByCorrelator.get(clientCorrelator)).map(refunds::get);
    }
}
