package io.relaypay.interchange.funding;

import java.util.Objects;

/**
 * Money given back to the instrument a charge took it from.
 *
 * @param reference our id for the refund, the idempotency key
 * @param charge the charge refunded, as it was made
 * @param chargeId the processor's or carrier's id of that charge
 * @param amount minor units, positive, at most what was captured and not refunded
 */
public record FundingRefund(String reference, FundingCharge charge, String chargeId, long amount) {

    /** Requires every part and a positive amount. */
    public FundingRefund {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(charge, "charge");
        Objects.requireNonNull(chargeId, "chargeId");
        if (amount <= 0 || amount > charge.amount()) {
            throw new IllegalArgumentException("amount must be positive and at most the charge");
        }
    }

    /** What a source said about a refund. */
    public sealed interface Outcome {
        /**
         * Given back (a bank credit: sent, settling in days).
         *
         * @param refundId the processor's or carrier's id
         */
        record Refunded(String refundId) implements Outcome {}

        /**
         * Refused, or the source cannot refund: nothing moved; refund to the balance instead.
         *
         * @param code why
         */
        record Refused(String code) implements Outcome {}

        /**
         * No usable answer; repeat with the same reference.
         *
         * @param why for the log
         */
        record Unknown(String why) implements Outcome {}
    }
}
