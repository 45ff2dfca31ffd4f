package io.relaypay.interchange.settlement;

import io.relaypay.interchange.funds.Entry;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One posted change of one ledger account: what a statement line is made of.
 *
 * @param transferId the ledger transfer
 * @param entry why it was made; empty for a code this version does not know
 * @param amount minor units; positive when it credits the account, negative when it debits it
 * @param at when the ledger applied it
 * @param object the payment, refund, payout or remittance it belongs to, when known
 */
public record Movement(String transferId, Optional<Entry> entry, long amount, Instant at, Optional<String> object) {

    /** Requires every part. */
    public Movement {
        Objects.requireNonNull(transferId, "transferId");
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(object, "object");
    }

    /** The same movement, naming the object it belongs to. */
    public Movement of(Optional<String> owner) {
        return new Movement(transferId, entry, amount, at, owner);
    }

    /** Whether it is of this kind. */
    public boolean is(Entry kind) {
        return entry.filter(kind::equals).isPresent();
    }
}
