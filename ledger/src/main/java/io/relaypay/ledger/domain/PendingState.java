package io.relaypay.ledger.domain;

/**
 * Where a two-phase transfer stands. Only {@link #PENDING} moves, and only once: to {@link
 * #POSTED}, {@link #VOIDED} or {@link #EXPIRED}.
 */
public enum PendingState {
    /** Not a pending transfer: a single-phase, post or void transfer. */
    NONE,
    /** The hold is in place. */
    PENDING,
    /** Posted by a {@link TransferFlag#POST_PENDING} transfer. */
    POSTED,
    /** Released by a {@link TransferFlag#VOID_PENDING} transfer. */
    VOIDED,
    /** Released by the expiry janitor after its timeout. */
    EXPIRED;

    /** Whether this state is final. */
    public boolean isFinal() {
        return this == POSTED || this == VOIDED || this == EXPIRED;
    }
}
