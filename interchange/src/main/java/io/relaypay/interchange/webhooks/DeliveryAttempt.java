package io.relaypay.interchange.webhooks;

import java.time.Instant;
import java.util.Objects;

/**
 * One POST of a delivery, or one abandoned by a node that stopped mid-way.
 *
 * @param id {@code wha_…}
 * @param deliveryId its delivery
 * @param attemptedAt when it started
 * @param outcome the merchant's answer, or why there was none
 * @param durationMillis how long it took
 */
public record DeliveryAttempt(
        String id, String deliveryId, Instant attemptedAt, SendOutcome outcome, long durationMillis) {

    /** Requires every part. */
    public DeliveryAttempt {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(deliveryId, "deliveryId");
        Objects.requireNonNull(attemptedAt, "attemptedAt");
        Objects.requireNonNull(outcome, "outcome");
    }
}
