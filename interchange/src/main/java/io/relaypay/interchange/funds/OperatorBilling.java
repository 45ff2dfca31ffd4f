package io.relaypay.interchange.funds;

import java.util.Objects;

/**
 * Charges a payment to the buyer's phone bill through the carrier's billing API (shaped as CAMARA
 * Carrier Billing). Every charge carries a client correlator, the payment id, which the carrier
 * keeps unique: repeating a charge with it never charges twice, and a charge whose answer was lost
 * is found again by it. Besides the one-step charge, CAMARA's two steps: {@link #prepare} reserves
 * the amount on the bill, {@link #confirm} charges the reservation, {@link #cancel} releases it.
 */
public interface OperatorBilling {

    /** Charges in one step. */
    Outcome charge(Charge charge);

    /**
     * The payment made with {@code clientCorrelator} at {@code carrier}, if any, as it is now:
     * {@link Outcome.Charged}, {@link Outcome.Reserved}, {@link Outcome.Cancelled} or {@link
     * Outcome.NotFound}.
     */
    Outcome lookup(String carrier, String clientCorrelator);

    /**
     * Reserves the amount on the bill without charging it (CAMARA {@code POST /payments/prepare}):
     * {@link Outcome.Reserved} until confirmed, cancelled or expired at the carrier. Idempotent by
     * the client correlator: a repeat answers the payment as it is now (reserved, charged or
     * cancelled). Carriers without two steps decline.
     */
    default Outcome prepare(Charge charge) {
        return new Outcome.Declined(false, "NOT_SUPPORTED", "this carrier API takes no reservations");
    }

    /**
     * Charges a reservation (CAMARA {@code POST /payments/{id}/confirm}): {@link Outcome.Charged};
     * one already charged is {@link Outcome.Charged} too, one cancelled or expired {@link
     * Outcome.Cancelled}, so a repeat after a lost answer is safe.
     */
    default Outcome confirm(String carrier, String paymentId, String phoneNumber) {
        return new Outcome.Declined(false, "NOT_SUPPORTED", "this carrier API takes no reservations");
    }

    /**
     * Releases a reservation (CAMARA {@code POST /payments/{id}/cancel}): {@link Outcome.Cancelled};
     * one already cancelled or expired is {@link Outcome.Cancelled} too, one already charged {@link
     * Outcome.Charged}.
     */
    default Outcome cancel(String carrier, String paymentId, String phoneNumber) {
        return new Outcome.Declined(false, "NOT_SUPPORTED", "this carrier API takes no reservations");
    }

    /**
     * Gives back part or all of a charge (CAMARA Carrier Billing Refund), idempotent by the
     * refund's client correlator. {@link Outcome.Charged} means refunded (its id is the refund's).
     * Carriers without a refund API decline.
     */
    default Outcome refund(Refund refund) {
        return new Outcome.Declined(false, "NOT_SUPPORTED", "this carrier API takes no refunds");
    }

    /**
     * One refund.
     *
     * @param carrier the carrier's name
     * @param chargeId the carrier's id of the charge
     * @param amount minor units, at most what is left of the charge
     * @param currency ISO-4217 code
     * @param clientCorrelator the idempotency key at the carrier (our refund id)
     * @param reason why, for the carrier's records
     */
    record Refund(
            String carrier, String chargeId, long amount, String currency, String clientCorrelator, String reason) {
        /** Requires every part. */
        public Refund {
            Objects.requireNonNull(carrier, "carrier");
            Objects.requireNonNull(chargeId, "chargeId");
            Objects.requireNonNull(currency, "currency");
            Objects.requireNonNull(clientCorrelator, "clientCorrelator");
            Objects.requireNonNull(reason, "reason");
            if (amount <= 0) {
                throw new IllegalArgumentException("amount must be positive");
            }
        }
    }

    /**
     * One charge.
     *
     * @param carrier the carrier's name (which API to ask)
     * @param phoneNumber the buyer in E.164
     * @param amount minor units
     * @param currency ISO-4217 code
     * @param description what the bill line says, 1 to 256 characters
     * @param referenceCode our reference, 1 to 256 characters
     * @param clientCorrelator the idempotency key at the carrier (the payment id)
     * @param merchantName shown on the bill
     */
    record Charge(
            String carrier,
            String phoneNumber,
            long amount,
            String currency,
            String description,
            String referenceCode,
            String clientCorrelator,
            String merchantName) {
        /** Requires every part. */
        public Charge {
            Objects.requireNonNull(carrier, "carrier");
            Objects.requireNonNull(phoneNumber, "phoneNumber");
            Objects.requireNonNull(currency, "currency");
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(referenceCode, "referenceCode");
            Objects.requireNonNull(clientCorrelator, "clientCorrelator");
            Objects.requireNonNull(merchantName, "merchantName");
            if (amount <= 0) {
                throw new IllegalArgumentException("amount must be positive");
            }
        }
    }

    /** What the carrier said. */
    sealed interface Outcome {
        /**
         * The buyer was charged.
         *
         * @param chargeId the carrier's payment id
         * @param amount minor units charged
         * @param currency ISO-4217 code
         */
        record Charged(String chargeId, long amount, String currency) implements Outcome {}

        /**
         * The carrier refused; nothing was charged.
         *
         * @param insufficient whether it was for want of credit or spending limit
         * @param code the carrier's error code
         * @param message the carrier's message
         */
        record Declined(boolean insufficient, String code, String message) implements Outcome {}

        /**
         * The amount is reserved on the bill, not charged (two steps, before confirm).
         *
         * @param chargeId the carrier's payment id
         * @param amount minor units reserved
         * @param currency ISO-4217 code
         */
        record Reserved(String chargeId, long amount, String currency) implements Outcome {}

        /**
         * A reservation was released, by us or because it expired at the carrier; nothing was charged.
         *
         * @param chargeId the carrier's payment id
         * @param reason the carrier's cancellation reason, e.g. {@code client}, {@code expired}
         */
        record Cancelled(String chargeId, String reason) implements Outcome {}

        /** A lookup found no charge with that correlator. */
        record NotFound() implements Outcome {}

        /**
         * No usable answer (timeout, dropped connection, 5xx): the charge may or may not exist.
         *
         * @param why for the log
         */
        record Unknown(String why) implements Outcome {}
    }
}
