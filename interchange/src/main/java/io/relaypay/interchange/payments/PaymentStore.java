package io.relaypay.interchange.payments;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where payments are kept. */
public interface PaymentStore {

    /** Stores a new payment. */
    void insert(Payment payment);

    /** A payment by id. */
    Optional<Payment> find(String paymentId);

    /**
     * Replaces {@code current} with {@code next} if nobody changed it since {@code current} was
     * read (same version); the stored version goes up by one.
     *
     * @return the stored payment, or empty when another change came first
     */
    Optional<Payment> update(Payment current, Payment next);

    /** A merchant's payments in one mode, newest first, ids below {@code startingAfter} if given. */
    List<Payment> list(String merchantId, boolean livemode, Optional<String> startingAfter, int limit);

    /** Up to {@code limit} payments in a waiting state whose deadline passed before {@code now}. */
    List<Payment> overdue(Instant now, int limit);
}
