package io.relaypay.ledger.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * A client-chosen 128-bit account identifier. The all-zero id is reserved: it means "not given" in
 * post and void transfers and is never a valid account.
 *
 * @param value the 128 bits, as a {@link UUID}
 */
public record AccountId(UUID value) implements Comparable<AccountId> {

    /** The reserved all-zero id. */
    public static final AccountId ZERO = new AccountId(new UUID(0, 0));

    /** Rejects a missing value; a zero value is representable and rejected later as a result code. */
    public AccountId {
        Objects.requireNonNull(value, "value");
    }

    /** Builds an id from its high and low 64 bits. */
    public static AccountId of(long high, long low) {
        return new AccountId(new UUID(high, low));
    }

    /** Parses the canonical UUID text form. */
    public static AccountId parse(String text) {
        return new AccountId(UUID.fromString(text));
    }

    /** A fresh, time-ordered id (UUIDv7), which keeps database indexes append-mostly. */
    public static AccountId timeOrdered() {
        return new AccountId(TimeOrderedUuid.next());
    }

    /** Whether this is the reserved zero id. */
    public boolean isZero() {
        return value.getMostSignificantBits() == 0 && value.getLeastSignificantBits() == 0;
    }

    @Override
    public int compareTo(AccountId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
