package io.relaypay.ledger.domain;

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
}
