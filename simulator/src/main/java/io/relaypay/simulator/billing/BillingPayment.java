package io.relaypay.simulator.billing;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An operator billing payment as it stands; immutable, each transition returns the next state.
 *
 * @param paymentId the network's id, {@code cbp_…}
 * @param request what the client asked for
 * @param status where it stands
 * @param createdAt when it was created
 * @param paymentDate when it was charged, once {@code succeeded}
 * @param reservationExpiresAt for a two-step payment, when an unconfirmed reservation is cancelled
 * @param cancellation why it was cancelled, once {@code cancelled}
 * @param carrierShareMinor the carrier's share of the amount (its {@code sharePercent}, rounded half up)
 * @param refundedMinor the amount refunded so far
 * @param refundedShareMinor the part of the carrier's share given back with the refunds
 */
public record BillingPayment(
        String paymentId,
        ChargeRequest request,
        PaymentStatus status,
        Instant createdAt,
        Optional<Instant> paymentDate,
        Optional<Instant> reservationExpiresAt,
        Optional<CancellationReason> cancellation,
        long carrierShareMinor,
        long refundedMinor,
        long refundedShareMinor) {

    /** Requires every field; the refunds stay within the amount and the share. */
    public BillingPayment {
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(paymentDate, "paymentDate");
        Objects.requireNonNull(reservationExpiresAt, "reservationExpiresAt");
        Objects.requireNonNull(cancellation, "cancellation");
        if (refundedMinor < 0 || refundedMinor > request.amountMinor()) {
            throw new IllegalArgumentException("refunded must be within the amount: " + refundedMinor);
        }
        if (refundedShareMinor < 0 || refundedShareMinor > carrierShareMinor) {
            throw new IllegalArgumentException("refunded share must be within the share: " + refundedShareMinor);
        }
    }

    /** A one-step payment, charged at {@code now}. */
    static BillingPayment charged(String id, ChargeRequest request, Instant now, long carrierShareMinor) {
        return new BillingPayment(
                id,
                request,
                PaymentStatus.SUCCEEDED,
                now,
                Optional.of(now),
                Optional.empty(),
                Optional.empty(),
                carrierShareMinor,
                0,
                0);
    }

    /** A two-step payment, reserved at {@code now} until {@code expiresAt}. */
    static BillingPayment reserved(
            String id, ChargeRequest request, Instant now, Instant expiresAt, long carrierShareMinor) {
        return new BillingPayment(
                id,
                request,
                PaymentStatus.RESERVED,
                now,
                Optional.empty(),
                Optional.of(expiresAt),
                Optional.empty(),
                carrierShareMinor,
                0,
                0);
    }

    /** Confirmed: charged at {@code now}. */
    BillingPayment confirmed(Instant now) {
        requireReserved();
        return new BillingPayment(
                paymentId,
                request,
                PaymentStatus.SUCCEEDED,
                createdAt,
                Optional.of(now),
                reservationExpiresAt,
                Optional.empty(),
                carrierShareMinor,
                0,
                0);
    }

    /** Cancelled for {@code reason}; nothing charged. */
    BillingPayment cancelled(CancellationReason reason) {
        requireReserved();
        return new BillingPayment(
                paymentId,
                request,
                PaymentStatus.CANCELLED,
                createdAt,
                Optional.empty(),
                reservationExpiresAt,
                Optional.of(reason),
                carrierShareMinor,
                0,
                0);
    }

    /** With a refund of {@code amountMinor} of which {@code shareMinor} came out of the carrier's share. */
    BillingPayment refunded(long amountMinor, long shareMinor) {
        return new BillingPayment(
                paymentId,
                request,
                status,
                createdAt,
                paymentDate,
                reservationExpiresAt,
                cancellation,
                carrierShareMinor,
                refundedMinor + amountMinor,
                refundedShareMinor + shareMinor);
    }

    /** What is left to refund. */
    public long refundableMinor() {
        return status == PaymentStatus.SUCCEEDED ? request.amountMinor() - refundedMinor : 0;
    }

    /** Throws the CAMARA conflict for confirm or cancel of a payment that is no longer reserved. */
    void requireReserved() {
        switch (status) {
            case RESERVED -> {}
            case SUCCEEDED ->
                throw new BillingException(
                        BillingError.PAYMENT_CONFIRMED, "payment " + paymentId + " has been confirmed");
            case CANCELLED ->
                throw new BillingException(
                        BillingError.PAYMENT_CANCELLED,
                        "payment " + paymentId + " has been cancelled"
                                + cancellation
                                        .map(r -> " (" + r.wireName() + ")")
                                        .orElse(""));
        }
    }
}
