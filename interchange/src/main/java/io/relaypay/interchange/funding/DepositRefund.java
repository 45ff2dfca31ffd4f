package io.relaypay.interchange.funding;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Money of a deposit given back to the instrument it came from.
 *
 * @param id {@code dre_...}, also the refund's idempotency key at the source
 * @param depositId the deposit
 * @param amount minor units
 * @param status pending until the source answered
 * @param sourceRefundId the source's id of the refund, once it made it
 * @param failureCode why it failed: {@code insufficient_balance} (the user spent the money) or the
 *     source's refusal
 * @param createdAt when asked
 * @param updatedAt last change
 */
public record DepositRefund(
        String id,
        String depositId,
        long amount,
        Status status,
        Optional<String> sourceRefundId,
        Optional<String> failureCode,
        Instant createdAt,
        Instant updatedAt) {

    /** Where a deposit refund is. */
    public enum Status {
        /** Reserved on the deposit; the source has not confirmed it yet. */
        PENDING,
        /** The source gave the money back. */
        SUCCEEDED,
        /** Nothing was given back; the reservation was released. */
        FAILED;

        /** The wire name. */
        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Requires every part. */
    public DepositRefund {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(depositId, "depositId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(sourceRefundId, "sourceRefundId");
        Objects.requireNonNull(failureCode, "failureCode");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
