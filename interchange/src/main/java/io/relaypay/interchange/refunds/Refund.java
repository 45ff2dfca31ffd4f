package io.relaypay.interchange.refunds;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Money of a succeeded payment given back to the buyer's Relaypay balance.
 *
 * @param id {@code re_…}
 * @param paymentId the payment refunded
 * @param merchantId its merchant
 * @param livemode its mode
 * @param amount minor units, positive
 * @param currency the payment's currency
 * @param status where it stands
 * @param failureReason why it failed, e.g. {@code insufficient_merchant_balance}
 * @param destination where the money of a succeeded refund ended up; empty while pending or failed
 * @param createdAt creation
 * @param updatedAt last change
 */
public record Refund(
        String id,
        String paymentId,
        String merchantId,
        boolean livemode,
        long amount,
        String currency,
        RefundStatus status,
        Optional<String> failureReason,
        Optional<RefundForwarding.Destination> destination,
        Instant createdAt,
        Instant updatedAt) {

    /** Requires every part and a positive amount. */
    public Refund {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(merchantId, "merchantId");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(failureReason, "failureReason");
        Objects.requireNonNull(destination, "destination");
        if (destination.isPresent() && destination.get() == RefundForwarding.Destination.UNKNOWN) {
            throw new IllegalArgumentException("a refund's destination is known or absent");
        }
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (amount <= 0) {
            throw new IllegalArgumentException("refund amount must be positive");
        }
    }
}
