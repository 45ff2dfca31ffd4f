package io.relaypay.interchange.payments;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A merchant's request to be paid, and how far the buyer got. Changes go through {@link
 * #moveTo}, which enforces the state machine of {@link PaymentStatus}.
 *
 * @param id {@code pay_…}
 * @param merchantId the merchant paid
 * @param livemode live or test mode
 * @param status where it stands
 * @param amount minor units, positive
 * @param currency ISO-4217 code
 * @param amountRefunded minor units refunded so far
 * @param reference the merchant's own reference (order id)
 * @param description what is bought, shown to the buyer
 * @param successUrl where the buyer goes after paying
 * @param cancelUrl where the buyer goes after canceling
 * @param phoneNumber the buyer's number in E.164, once given
 * @param userId the buyer's user id, once known
 * @param failure why it did not succeed, when it did not
 * @param createdAt creation time
 * @param expiresAt the deadline for the buyer
 * @param updatedAt last change
 * @param version optimistic-lock counter
 * @param collectShippingAddress whether the merchant asked for a shipping address
 * @param shippingAddress the address the buyer's phone chose, copied at confirmation
 */
public record Payment(
        String id,
        String merchantId,
        boolean livemode,
        PaymentStatus status,
        long amount,
        String currency,
        long amountRefunded,
        String reference,
        Optional<String> description,
        Optional<URI> successUrl,
        Optional<URI> cancelUrl,
        Optional<String> phoneNumber,
        Optional<String> userId,
        Optional<Failure> failure,
        Instant createdAt,
        Instant expiresAt,
        Instant updatedAt,
        int version,
        boolean collectShippingAddress,
        Optional<ShippingAddress> shippingAddress) {

    /**
     * Why a payment failed, was canceled or expired.
     *
     * @param reason machine-readable reason
     * @param message a sentence for people
     */
    public record Failure(FailureReason reason, String message) {}

    /** Requires every part. */
    public Payment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(merchantId, "merchantId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(successUrl, "successUrl");
        Objects.requireNonNull(cancelUrl, "cancelUrl");
        Objects.requireNonNull(phoneNumber, "phoneNumber");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(failure, "failure");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(shippingAddress, "shippingAddress");
        if (shippingAddress.isPresent() && !collectShippingAddress) {
            throw new IllegalArgumentException("payment " + id + " did not ask for a shipping address");
        }
    }

    /** This payment in {@code next} state; fails when the state machine does not allow the move. */
    public Payment moveTo(PaymentStatus next, Instant at) {
        if (!status.canMoveTo(next)) {
            throw new IllegalStateException("payment " + id + " cannot move from " + status + " to " + next);
        }
        return changed(next, amountRefunded, phoneNumber, userId, failure, at);
    }

    /** This payment ended unsuccessfully in {@code next} for {@code reason}. */
    public Payment fail(PaymentStatus next, FailureReason reason, String message, Instant at) {
        Payment moved = moveTo(next, at);
        return changed(
                next,
                amountRefunded,
                phoneNumber,
                userId,
                Optional.of(new Failure(reason, message)),
                moved.updatedAt());
    }

    /** This payment for the buyer {@code userId} at {@code phone}, waiting for confirmation. */
    public Payment withBuyer(String phone, String buyerUserId, Instant at) {
        return changed(status, amountRefunded, Optional.of(phone), Optional.of(buyerUserId), failure, at);
    }

    /** This payment shipping to {@code address}, chosen by the buyer's phone. */
    public Payment shippingTo(ShippingAddress address, Instant at) {
        return new Payment(
                id,
                merchantId,
                livemode,
                status,
                amount,
                currency,
                amountRefunded,
                reference,
                description,
                successUrl,
                cancelUrl,
                phoneNumber,
                userId,
                failure,
                createdAt,
                expiresAt,
                at,
                version,
                collectShippingAddress,
                Optional.of(address));
    }

    /** This payment with {@code refunded} more refunded. */
    public Payment refunded(long refunded, Instant at) {
        return changed(status, Math.addExact(amountRefunded, refunded), phoneNumber, userId, failure, at);
    }

    // The parts that change over a payment's life; the rest is fixed at creation.
    private Payment changed(
            PaymentStatus newStatus,
            long newAmountRefunded,
            Optional<String> newPhone,
            Optional<String> newUserId,
            Optional<Failure> newFailure,
            Instant at) {
        return new Payment(
                id,
                merchantId,
                livemode,
                newStatus,
                amount,
                currency,
                newAmountRefunded,
                reference,
                description,
                successUrl,
                cancelUrl,
                newPhone,
                newUserId,
                newFailure,
                createdAt,
                expiresAt,
                at,
                version,
                collectShippingAddress,
                shippingAddress);
    }

    /** What is left to refund. */
    public long refundable() {
        return status == PaymentStatus.SUCCEEDED ? amount - amountRefunded : 0;
    }
}
