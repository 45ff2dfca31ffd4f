package io.relaypay.ledger.domain;

import java.util.Map;
import java.util.Optional;

/**
 * Read access to what is already stored, as the engine sees it while applying a batch. A store
 * answers from rows it has loaded and locked for the batch.
 */
public interface LedgerLookup {

    /** The stored account, if any. */
    Optional<AccountRecord> account(AccountId id);

    /** The stored transfer, if any. */
    Optional<TransferRecord> transfer(TransferId id);

    /** A lookup answering from these maps only: what is not in them does not exist. */
    static LedgerLookup of(Map<AccountId, AccountRecord> accounts, Map<TransferId, TransferRecord> transfers) {
        return new LedgerLookup() {
            @Override
            public Optional<AccountRecord> account(AccountId id) {
                return Optional.ofNullable(accounts.get(id));
            }

            @Override
            public Optional<TransferRecord> transfer(TransferId id) {
                return Optional.ofNullable(transfers.get(id));
            }
        };
    }
}
