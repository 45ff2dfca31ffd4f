package io.relaypay.ledger.domain;

/**
 * The ledger could not be reached or kept failing after its retries. The outcome of the request is
 * unknown: resubmit the same batch (it is idempotent) to learn it.
 */
public class LedgerUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** With the underlying cause. */
    public LedgerUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
