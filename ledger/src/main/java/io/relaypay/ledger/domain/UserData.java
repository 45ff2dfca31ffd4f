package io.relaypay.ledger.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * Opaque fields the ledger stores but never interprets, for linking accounts and transfers to
 * domain objects (a payment, a user, a batch) without a join table.
 *
 * @param data128 e.g. the id of the payment a transfer belongs to
 * @param data64 e.g. a foreign sequence number or a timestamp
 * @param data32 e.g. a small enum such as a country or a channel
 */
public record UserData(UUID data128, long data64, int data32) {

    /** No user data: all fields zero. */
    public static final UserData NONE = new UserData(new UUID(0, 0), 0, 0);

    /** Requires {@code data128}; use a zero UUID for "none". */
    public UserData {
        Objects.requireNonNull(data128, "data128");
    }

    /** Whether all fields are zero. */
    public boolean isNone() {
        return equals(NONE);
    }
}
