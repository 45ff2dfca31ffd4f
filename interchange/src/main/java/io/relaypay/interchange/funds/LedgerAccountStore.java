package io.relaypay.interchange.funds;

import io.relaypay.ledger.domain.AccountId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The {@code ledger_accounts} index: which ledger account holds what for whom. */
public interface LedgerAccountStore {

    /**
     * One row of the index.
     *
     * @param owner a user id, a merchant id or {@code system}
     * @param purpose what the account is for ({@link BookAccount#purpose()})
     * @param currency ISO-4217 code
     * @param livemode live or test money
     * @param accountId the ledger account
     */
    record Row(String owner, String purpose, String currency, boolean livemode, AccountId accountId) {
        /** Requires every part. */
        public Row {
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(purpose, "purpose");
            Objects.requireNonNull(currency, "currency");
            Objects.requireNonNull(accountId, "accountId");
        }
    }

    /** Stores the row unless it is already there (several nodes may open one account at once). */
    void remember(Row row);

    /** Every account of {@code owner}, ordered by purpose, mode and currency. */
    List<Row> ownedBy(String owner);

    /** The row of a ledger account. */
    Optional<Row> byAccountId(AccountId accountId);
}
