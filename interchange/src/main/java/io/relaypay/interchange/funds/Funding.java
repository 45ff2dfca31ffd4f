package io.relaypay.interchange.funds;

import io.relaypay.interchange.payments.FailureReason;
import io.relaypay.interchange.payments.Payment;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The record of how one payment's money is moved, kept so that every retry continues the path the
 * first attempt chose (a retry must never pay from the balance what the carrier already charged).
 *
 * @param paymentId the payment
 * @param method balance or operator billing
 * @param state how far it got
 * @param fee the merchant's fee, fixed when settling began
 * @param carrier the carrier billed, for operator billing
 * @param carrierShare what that carrier keeps, minor units
 * @param chargeId the carrier's id of the charge, once known; for premium SMS, the top-up's id
 * @param failure why it failed, when it did
 * @param createdAt when settling began
 * @param updatedAt last change
 */
public record Funding(
        String paymentId,
        FundingMethod method,
        FundingState state,
        long fee,
        Optional<String> carrier,
        long carrierShare,
        Optional<String> chargeId,
        Optional<Payment.Failure> failure,
        Instant createdAt,
        Instant updatedAt) {

    /** Requires every part. */
    public Funding {
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(carrier, "carrier");
        Objects.requireNonNull(chargeId, "chargeId");
        Objects.requireNonNull(failure, "failure");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** A new record: settling from the balance begins. */
    public static Funding start(String paymentId, long fee, Instant now) {
        return new Funding(
                paymentId,
                FundingMethod.BALANCE,
                FundingState.STARTED,
                fee,
                Optional.empty(),
                0,
                Optional.empty(),
                Optional.empty(),
                now,
                now);
    }

    /** The balance was short: the carrier is asked to charge the buyer. */
    public Funding charging(String carrierName, long share, Instant now) {
        return new Funding(
                paymentId,
                FundingMethod.OPERATOR_BILLING,
                FundingState.CHARGING,
                fee,
                Optional.of(carrierName),
                share,
                Optional.empty(),
                Optional.empty(),
                createdAt,
                now);
    }

    /** The same record with the merchant's fee for the method it is now funded by. */
    public Funding withFee(long newFee) {
        return new Funding(
                paymentId, method, state, newFee, carrier, carrierShare, chargeId, failure, createdAt, updatedAt);
    }

    /** The carrier charged the buyer under {@code id}. */
    public Funding charged(String id, Instant now) {
        return new Funding(
                paymentId,
                method,
                FundingState.CHARGED,
                fee,
                carrier,
                carrierShare,
                Optional.of(id),
                Optional.empty(),
                createdAt,
                now);
    }

    /**
     * The carrier would not bill the purchase: the top-up {@code topUpId} is to credit the balance,
     * which then pays at {@code newFee}.
     */
    public Funding depositing(String topUpId, long newFee, Instant now) {
        return new Funding(
                paymentId,
                FundingMethod.PREMIUM_SMS,
                FundingState.DEPOSITING,
                newFee,
                carrier,
                0,
                Optional.of(topUpId),
                Optional.empty(),
                createdAt,
                now);
    }

    /** The merchant was paid. */
    public Funding settled(Instant now) {
        return new Funding(
                paymentId, method, FundingState.SETTLED, fee, carrier, carrierShare, chargeId, failure, createdAt, now);
    }

    /** No money moved, for {@code reason}. */
    public Funding failed(FailureReason reason, String message, Instant now) {
        return new Funding(
                paymentId,
                method,
                FundingState.FAILED,
                fee,
                carrier,
                carrierShare,
                chargeId,
                Optional.of(new Payment.Failure(reason, message)),
                createdAt,
                now);
    }
}
