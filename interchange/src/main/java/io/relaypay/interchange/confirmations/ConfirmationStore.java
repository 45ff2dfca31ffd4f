package io.relaypay.interchange.confirmations;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where confirmations are kept, one per payment. */
public interface ConfirmationStore {

    /** Stores {@code confirmation}, replacing the payment's earlier one. */
    void save(Confirmation confirmation);

    /** The payment's confirmation. */
    Optional<Confirmation> find(String paymentId);

    /**
     * The payment's confirmation, locked until the surrounding transaction ends, so concurrent
     * confirmations of one payment (an SMS reply and a code on the page) take turns.
     */
    Optional<Confirmation> lock(String paymentId);

    /** Confirmations for {@code phoneNumber} whose codes are still valid at {@code now}, newest first. */
    List<Confirmation> openFor(String phoneNumber, Instant now);
}
