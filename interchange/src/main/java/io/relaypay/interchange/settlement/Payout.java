package io.relaypay.interchange.settlement;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One payout: a merchant's settled funds in one currency and mode, for one period, moved from its
 * balance to its payout account.
 *
 * @param id {@code po_…}
 * @param merchantId the merchant paid
 * @param livemode test or live money
 * @param currency ISO-4217 code
 * @param period the period it settles
 * @param amount minor units, positive
 * @param destination the merchant's payout account when the payout was made
 * @param status where it is
 * @param failureReason why it failed, when it did
 * @param createdAt when the run recorded it
 * @param updatedAt when its status last changed
 */
public record Payout(
        String id,
        String merchantId,
        boolean livemode,
        String currency,
        Period period,
        long amount,
        String destination,
        PayoutStatus status,
        Optional<String> failureReason,
        Instant createdAt,
        Instant updatedAt) {

    /** Requires every part and a positive amount. */
    public Payout {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(merchantId, "merchantId");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(failureReason, "failureReason");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (amount <= 0) {
            throw new IllegalArgumentException("a payout amount must be positive");
        }
    }
}
