package io.relaypay.ledger.domain;

/** Flags on a transfer (modelled on TigerBeetle's transfer flags). */
public enum TransferFlag {
    /**
     * Links this transfer to the next one in the same batch: the chain succeeds or fails as one.
     * The last transfer of a chain does not carry the flag.
     */
    LINKED,
    /** A two-phase hold: reserves the amount as pending until posted, voided or expired. */
    PENDING,
    /** Posts (all or part of) the pending transfer named by {@link Transfer#pendingId()}. */
    POST_PENDING,
    /** Releases the pending transfer named by {@link Transfer#pendingId()}. */
    VOID_PENDING;
}
