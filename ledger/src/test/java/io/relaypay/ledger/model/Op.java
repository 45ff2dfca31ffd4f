package io.relaypay.ledger.model;

import java.util.List;

/** One step of a generated ledger history. Small integer ids keep collisions (and so repeats) likely. */
sealed interface Op {

    /** Post-everything marker, as {@code Transfer.FULL_AMOUNT}. */
    long FULL = Long.MAX_VALUE;

    /** What kind of transfer a spec describes. */
    enum Kind {
        SINGLE,
        PENDING,
        POST,
        VOID,
        /** Pending and post at once: always rejected. */
        BAD_FLAGS
    }

    /** Create account {@code id}; capped accounts may not go below zero. */
    record CreateAccount(int id, String currency, boolean debitsCapped) implements Op {}

    /** Submit one batch. */
    record Submit(List<TransferSpec> batch) implements Op {}

    /** Submit again the earlier batch number {@code index} (modulo the batches so far), as a client retry would. */
    record Resubmit(int index) implements Op {}

    /** Move the clock forward; holds may pass their timeout without being released yet. */
    record AdvanceClock(int seconds) implements Op {}

    /** Run the expiry janitor. */
    record RunJanitor() implements Op {}

    /**
     * A transfer request. For posts and voids, {@code debit}/{@code credit} are ignored (sent as
     * zero) and {@code pendingRef} names the hold.
     */
    record TransferSpec(
            Kind kind,
            int id,
            int debit,
            int credit,
            long amount,
            String currency,
            int pendingRef,
            int timeout,
            boolean linked) {

        /** The same spec without the linked flag. */
        TransferSpec unlinked() {
            return new TransferSpec(kind, id, debit, credit, amount, currency, pendingRef, timeout, false);
        }

        /** Whether a resubmission with this spec is the same request. */
        boolean sameRequestAs(TransferSpec other) {
            return equals(other);
        }
    }
}
