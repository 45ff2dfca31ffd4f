package io.relaypay.interchange.refunds;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where refunds are kept. */
public interface RefundStore {

    /**
     * Locks the payment's row until the current transaction ends, so concurrent refunds of one
     * payment queue behind each other instead of failing on its optimistic lock.
     */
    void lockPayment(String paymentId);

    /** Stores a new refund. */
    void insert(Refund refund);

    /** A refund by id. */
    Optional<Refund> find(String refundId);

    /**
     * Moves a pending refund to {@code status}, with where its money went if it succeeded.
     *
     * @return whether it was pending (false: another worker finished it first)
     */
    boolean finish(
            String refundId,
            RefundStatus status,
            Optional<String> failureReason,
            Optional<RefundForwarding.Destination> destination,
            Instant at);

    /** Up to {@code limit} refunds still pending that were created before {@code cutoff}, oldest first. */
    List<Refund> pendingBefore(Instant cutoff, int limit);
}
