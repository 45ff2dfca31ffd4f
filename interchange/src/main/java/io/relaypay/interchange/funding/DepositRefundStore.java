package io.relaypay.interchange.funding;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where deposit refunds are kept. */
public interface DepositRefundStore {

    /** Stores a new refund. */
    void insert(DepositRefund refund);

    /** The refund with this id. */
    Optional<DepositRefund> find(String id);

    /**
     * Moves a pending refund to {@code status}; false when it is no longer pending (another
     * worker finished it).
     */
    boolean finish(
            String id,
            DepositRefund.Status status,
            Optional<String> sourceRefundId,
            Optional<String> failureCode,
            Instant now);

    /** Refunds pending since before {@code before}, oldest first. */
    List<DepositRefund> pendingBefore(Instant before, int limit);
}
