package io.relaypay.ledger.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A transfer as the ledger holds it. Post and void transfers are stored resolved: with the pending
 * transfer's accounts, and with the amount actually posted.
 *
 * @param transfer the transfer, resolved
 * @param state for a pending transfer, whether the hold still stands; {@link PendingState#NONE}
 *     otherwise
 * @param createdAt when the ledger applied it
 * @param sequence the ledger's order of application; newer transfers have larger numbers (0 until
 *     stored)
 */
public record TransferRecord(Transfer transfer, PendingState state, Instant createdAt, long sequence) {

    /** Requires every field. */
    public TransferRecord {
        Objects.requireNonNull(transfer, "transfer");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** The transfer's id. */
    public TransferId id() {
        return transfer.id();
    }

    /** When the hold expires, for a pending transfer with a timeout. */
    public Optional<Instant> expiresAt() {
        if (!transfer.has(TransferFlag.PENDING) || transfer.timeoutSeconds() == 0) {
            return Optional.empty();
        }
        return Optional.of(createdAt.plusSeconds(transfer.timeoutSeconds()));
    }

    /** Whether this is a hold still standing whose timeout has passed at {@code now}. */
    public boolean isExpiredAt(Instant now) {
        return state == PendingState.PENDING
                && expiresAt().map(at -> !at.isAfter(now)).orElse(false);
    }

    /** A copy in another state. */
    public TransferRecord withState(PendingState newState) {
        return new TransferRecord(transfer, newState, createdAt, sequence);
    }

    /** A copy with its storage sequence number. */
    public TransferRecord withSequence(long newSequence) {
        return new TransferRecord(transfer, state, createdAt, newSequence);
    }
}
