package io.relaypay.ledger.store;

import io.relaypay.ledger.domain.AccountId;
import io.relaypay.ledger.domain.AccountRecord;
import io.relaypay.ledger.domain.LedgerLookup;
import io.relaypay.ledger.domain.TransferId;
import io.relaypay.ledger.domain.TransferRecord;
import java.util.Map;
import java.util.Optional;

/**
 * The rows a batch locked at its start. The engine sees the database only through these: a row not
 * among them does not exist for this batch, which is true because the batch locked every id it
 * names.
 */
record LockedRows(Map<AccountId, AccountRecord> accounts, Map<TransferId, TransferRecord> transfers)
        implements LedgerLookup {

    @Override
    public Optional<AccountRecord> account(AccountId id) {
        return Optional.ofNullable(accounts.get(id));
    }

    @Override
    public Optional<TransferRecord> transfer(TransferId id) {
        return Optional.ofNullable(transfers.get(id));
    }
}
