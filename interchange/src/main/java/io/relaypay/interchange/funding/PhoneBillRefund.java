package io.relaypay.interchange.funding;

import java.time.Instant;
import java.util.Objects;

/**
 * A refund the carrier put on a phone bill, as its remittance will take it back: a negative line
 * under {@code chargeReference}, of {@code amount - carrierShare}.
 *
 * @param refundId our refund: {@code re_…} for a payment, {@code dre_…} for a funding deposit
 * @param chargeReference the carrier's id of the refund (the billing API's refund id)
 * @param carrier the carrier that billed the refunded charge
 * @param amount minor units given back to the bill, positive
 * @param carrierShare the carrier's share of it, which the refund's booking took back from its cost
 * @param currency the refund's currency
 * @param livemode which books it is in
 * @param refundedAt when the carrier confirmed it
 */
public record PhoneBillRefund(
        String refundId,
        String chargeReference,
        String carrier,
        long amount,
        long carrierShare,
        String currency,
        boolean livemode,
        Instant refundedAt) {

    /** Requires every part, a positive amount and a share within it. */
    public PhoneBillRefund {
        Objects.requireNonNull(refundId, "refundId");
        Objects.requireNonNull(chargeReference, "chargeReference");
        Objects.requireNonNull(carrier, "carrier");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(refundedAt, "refundedAt");
        if (amount <= 0 || carrierShare < 0 || carrierShare > amount) {
            throw new IllegalArgumentException("amount must be positive and the share within it");
        }
    }
}
