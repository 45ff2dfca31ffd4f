package io.relaypay.ledger.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * A client-chosen 128-bit transfer identifier; the key that makes {@code createTransfers}
 * idempotent. The all-zero id is reserved: it is the "no pending transfer" value of {@link
 * Transfer#pendingId()} and is never a valid transfer id.
 *
 * @param value the 128 bits, as a {@link UUID}
 */
public record TransferId(UUID value) implements Comparable<TransferId> {

    /** The reserved all-zero id. */
    public static final TransferId ZERO = new TransferId(new UUID(0, 0));

    /** Rejects a missing value; a zero value is representable and rejected later as a result code. */
    public TransferId {
        Objects.requireNonNull(value, "value");
    }

    /** Builds an id from its high and low 64 bits. */
    public static TransferId of(long high, long low) {
        return new TransferId(new UUID(high, low));
    }

    /** Parses the canonical UUID text form. */
    public static TransferId parse(String text) {
        return new TransferId(UUID.fromString(text));
    }

    /** A fresh, time-ordered id (UUIDv7), which keeps database indexes append-mostly. */
    public static TransferId timeOrdered() {
        return new TransferId(TimeOrderedUuid.next());
    }

    /** Whether this is the reserved zero id. */
    public boolean isZero() {
        return value.getMostSignificantBits() == 0 && value.getLeastSignificantBits() == 0;
    }

    @Override
    public int compareTo(TransferId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
