package io.relaypay.interchange.funds;

import java.time.Instant;
import java.util.Optional;

/**
 * Where funding records are kept, with a lease so that one worker at a time settles a payment: the
 * checkout's call and the janitor's retry never run the same steps side by side.
 */
public interface FundingStore {

    /** Stores {@code initial} unless the payment already has a record; returns the stored one. */
    Funding startOrGet(Funding initial);

    /** The record of a payment. */
    Optional<Funding> find(String paymentId);

    /**
     * Takes the lease of a payment's record until {@code until}, if nobody holds it at {@code now}.
     *
     * @return whether this caller holds it now
     */
    boolean claim(String paymentId, String token, Instant now, Instant until);

    /**
     * Replaces the record, if the caller still holds the lease under {@code token}.
     *
     * @return whether it was stored (false: the lease was lost to another worker)
     */
    boolean save(Funding next, String token);

    /** Gives the lease back. */
    void release(String paymentId, String token);
}
