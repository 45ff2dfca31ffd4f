package io.relaypay.ledger.domain;

import java.time.Instant;
import java.util.List;

/**
 * The ledger's rules, free of storage: applies a batch to a {@link Changeset} and returns one
 * result per item. Stores load the rows a batch touches, run the engine, and persist the
 * changeset in the same database transaction.
 */
public final class LedgerEngine {

    private final LinkedChains<Account, CreateAccountResult> accountChains = new LinkedChains<>(
            a -> a.has(AccountFlag.LINKED),
            CreateAccountResult::isSuccess,
            CreateAccountResult.LINKED_EVENT_FAILED,
            CreateAccountResult.LINKED_EVENT_CHAIN_OPEN);

    private final LinkedChains<Transfer, CreateTransferResult> transferChains = new LinkedChains<>(
            t -> t.has(TransferFlag.LINKED),
            CreateTransferResult::isSuccess,
            CreateTransferResult.LINKED_EVENT_FAILED,
            CreateTransferResult.LINKED_EVENT_CHAIN_OPEN);

    /** Applies account creations; {@code now} becomes their creation time. */
    public List<CreateAccountResult> createAccounts(List<Account> accounts, Changeset batch, Instant now) {
        return accountChains.apply(accounts, batch, (account, state) -> AccountRules.apply(account, state, now));
    }

    /**
     * Applies transfers in order; {@code now} is their creation time and the clock against which
     * holds are found expired.
     */
    public List<CreateTransferResult> createTransfers(List<Transfer> transfers, Changeset batch, Instant now) {
        return transferChains.apply(transfers, batch, (transfer, state) -> TransferRules.apply(transfer, state, now));
    }

    /**
     * Releases the hold if it is still pending and its timeout has passed at {@code now}.
     *
     * @return whether it was released by this call
     */
    public boolean expire(TransferId pendingId, Changeset batch, Instant now) {
        return TransferRules.expire(pendingId, batch, now);
    }
}
