package io.relaypay.interchange.funding;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Where deposits are kept. */
public interface DepositStore {

    /** Stores a new deposit. */
    void insert(Deposit deposit);

    /** The deposit with this id. */
    Optional<Deposit> find(String id);

    /**
     * Replaces the stored deposit with {@code next} if it is still in {@code expected} and was
     * last changed at {@code expectedUpdatedAt}: a compare-and-set, so of two workers moving one
     * deposit only one wins.
     *
     * @return whether it was replaced
     */
    boolean replace(Deposit next, DepositStatus expected, Instant expectedUpdatedAt);

    /** Deposits in one of {@code statuses} unchanged since before {@code before}, oldest first. */
    List<Deposit> stale(Set<DepositStatus> statuses, Instant before, int limit);

    /**
     * Records what the carrier owes for a phone-bill deposit once it was credited: the carrier,
     * the share booked and when. The first record stands (a repeated credit books the same), so
     * the carrier's remittance is matched against what was booked.
     */
    void recordCarrierCharge(String depositId, String carrier, long carrierShare, Instant creditedAt);

    /** A user's deposits, newest first. */
    List<Deposit> ofUser(String userId, int limit);
}
