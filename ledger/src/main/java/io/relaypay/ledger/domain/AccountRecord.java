package io.relaypay.ledger.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * An account as the ledger holds it: what was created, its balance now, and when it was created.
 *
 * @param account the account as created (without the request-only {@code LINKED} flag)
 * @param balance its current totals
 * @param createdAt when the ledger created it
 */
public record AccountRecord(Account account, Balance balance, Instant createdAt) {

    /** Requires every field. */
    public AccountRecord {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(balance, "balance");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** The account's id. */
    public AccountId id() {
        return account.id();
    }

    /** A copy with another balance. */
    public AccountRecord withBalance(Balance newBalance) {
        return new AccountRecord(account, newBalance, createdAt);
    }
}
