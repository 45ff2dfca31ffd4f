package io.relaypay.interchange.webhooks;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The delivery of one event to a merchant's webhook URL, and the one place its state changes: each
 * method returns the delivery after a step, checked against {@link DeliveryState}.
 *
 * @param id {@code whd_…}
 * @param eventId the event delivered
 * @param merchantId the merchant
 * @param url where it is posted
 * @param state where it stands
 * @param attempts attempts since it was last queued (by the event or an admin); drives the backoff
 * @param nextAttemptAt when it is due, while pending
 * @param giveUpAt no attempt is scheduled after this; three days after it was queued
 * @param leaseOwner the dispatcher holding it, while sending
 * @param leaseUntil when the janitor may take it back, while sending
 * @param lastStatus the merchant's last HTTP status, if it answered
 * @param lastError why the last attempt got no answer, if it did not
 * @param deliveredAt when the merchant acknowledged it
 * @param createdAt when it was queued first
 * @param updatedAt last change
 */
public record Delivery(
        String id,
        String eventId,
        String merchantId,
        URI url,
        DeliveryState state,
        int attempts,
        Instant nextAttemptAt,
        Instant giveUpAt,
        Optional<String> leaseOwner,
        Optional<Instant> leaseUntil,
        Optional<Integer> lastStatus,
        Optional<String> lastError,
        Optional<Instant> deliveredAt,
        Instant createdAt,
        Instant updatedAt) {

    /** Requires every part. */
    public Delivery {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(merchantId, "merchantId");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        Objects.requireNonNull(giveUpAt, "giveUpAt");
        Objects.requireNonNull(leaseOwner, "leaseOwner");
        Objects.requireNonNull(leaseUntil, "leaseUntil");
        Objects.requireNonNull(lastStatus, "lastStatus");
        Objects.requireNonNull(lastError, "lastError");
        Objects.requireNonNull(deliveredAt, "deliveredAt");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** A new delivery of {@code event} to {@code url}, due at once, retried until {@code giveUpAt}. */
    public static Delivery queued(String id, StoredEvent event, URI url, Instant now, Instant giveUpAt) {
        return new Delivery(
                id,
                event.id(),
                event.merchantId(),
                url,
                DeliveryState.PENDING,
                0,
                now,
                giveUpAt,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                now,
                now);
    }

    /** Claimed by the dispatcher {@code owner} until {@code leaseUntil}. */
    public Delivery claimed(String owner, Instant leaseUntil, Instant now) {
        require(DeliveryState.PENDING);
        return with(
                DeliveryState.SENDING,
                attempts,
                nextAttemptAt,
                Optional.of(owner),
                Optional.of(leaseUntil),
                lastStatus,
                lastError,
                now);
    }

    /**
     * After an attempt at {@code now} came to {@code outcome}: delivered on a 2xx, else due again
     * as {@code schedule} says, or failed when the retry would fall past {@link #giveUpAt}.
     */
    public Delivery attempted(SendOutcome outcome, Instant now, RetrySchedule schedule) {
        require(DeliveryState.SENDING);
        return settle(outcome, now, schedule.next(attempts + 1, now, giveUpAt));
    }

    /**
     * Taken back from a dispatcher whose lease ran out (its node stopped mid-way): the attempt
     * counts, and the delivery is due at once, or failed when past {@link #giveUpAt}.
     */
    public Delivery reclaimed(Instant now) {
        require(DeliveryState.SENDING);
        Optional<Instant> next = now.isAfter(giveUpAt) ? Optional.empty() : Optional.of(now);
        return settle(new SendOutcome.NoAnswer(ABANDONED), now, next);
    }

    /** Why a reclaimed attempt has no outcome. */
    public static final String ABANDONED = "no outcome recorded before the lease ran out (the sending node stopped?)";

    /**
     * Queued again by an admin, to {@code url} (the merchant's current one), due at once with a
     * fresh retry window until {@code giveUpAt}. Not while an attempt is in flight.
     */
    public Delivery requeued(URI newUrl, Instant now, Instant newGiveUpAt) {
        if (state == DeliveryState.SENDING) {
            throw new IllegalStateException("delivery " + id + " is being sent");
        }
        return new Delivery(
                id,
                eventId,
                merchantId,
                newUrl,
                DeliveryState.PENDING,
                0,
                now,
                newGiveUpAt,
                Optional.empty(),
                Optional.empty(),
                lastStatus,
                lastError,
                deliveredAt,
                createdAt,
                now);
    }

    private Delivery settle(SendOutcome outcome, Instant now, Optional<Instant> next) {
        Optional<Integer> status =
                outcome instanceof SendOutcome.Answered answered ? Optional.of(answered.status()) : Optional.empty();
        Optional<String> error =
                outcome instanceof SendOutcome.NoAnswer none ? Optional.of(none.error()) : Optional.empty();
        if (outcome.acknowledged()) {
            return new Delivery(
                    id,
                    eventId,
                    merchantId,
                    url,
                    DeliveryState.DELIVERED,
                    attempts + 1,
                    nextAttemptAt,
                    giveUpAt,
                    Optional.empty(),
                    Optional.empty(),
                    status,
                    error,
                    Optional.of(now),
                    createdAt,
                    now);
        }
        DeliveryState after = next.isPresent() ? DeliveryState.PENDING : DeliveryState.FAILED;
        return with(
                after,
                attempts + 1,
                next.orElse(nextAttemptAt),
                Optional.empty(),
                Optional.empty(),
                status,
                error,
                now);
    }

    private Delivery with(
            DeliveryState newState,
            int newAttempts,
            Instant newNextAttemptAt,
            Optional<String> newLeaseOwner,
            Optional<Instant> newLeaseUntil,
            Optional<Integer> newLastStatus,
            Optional<String> newLastError,
            Instant now) {
        return new Delivery(
                id,
                eventId,
                merchantId,
                url,
                newState,
                newAttempts,
                newNextAttemptAt,
                giveUpAt,
                newLeaseOwner,
                newLeaseUntil,
                newLastStatus,
                newLastError,
                deliveredAt,
                createdAt,
                now);
    }

    private void require(DeliveryState expected) {
        if (state != expected) {
            throw new IllegalStateException("delivery " + id + " is " + state.wire() + ", not " + expected.wire());
        }
    }
}
