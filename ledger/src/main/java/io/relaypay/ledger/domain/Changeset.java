package io.relaypay.ledger.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The writes of one batch, layered over what is stored. Reads see the batch's own writes first.
 * A linked chain works in a {@linkplain #child() child} changeset that is merged into its parent
 * only when the whole chain succeeds, which is how a failed chain leaves no trace.
 *
 * <p>After the batch, a store persists {@link #createdAccounts()}, {@link #updatedAccounts()},
 * {@link #createdTransfers()} (in the order they were applied) and {@link #updatedTransfers()}.
 */
public final class Changeset implements LedgerLookup {

    private final LedgerLookup base;
    private final Map<AccountId, AccountRecord> accounts = new LinkedHashMap<>();
    private final Set<AccountId> accountsCreated = new HashSet<>();
    private final Map<TransferId, TransferRecord> transfers = new LinkedHashMap<>();
    private final Set<TransferId> transfersCreated = new HashSet<>();

    private Changeset(LedgerLookup base) {
        this.base = base;
    }

    /** An empty changeset over stored state. */
    public static Changeset over(LedgerLookup stored) {
        return new Changeset(stored);
    }

    /** A changeset over this one, to be {@linkplain #mergeIntoParent(Changeset) merged} or dropped. */
    Changeset child() {
        return new Changeset(this);
    }

    @Override
    public Optional<AccountRecord> account(AccountId id) {
        AccountRecord own = accounts.get(id);
        return own != null ? Optional.of(own) : base.account(id);
    }

    @Override
    public Optional<TransferRecord> transfer(TransferId id) {
        TransferRecord own = transfers.get(id);
        return own != null ? Optional.of(own) : base.transfer(id);
    }

    void createAccount(AccountRecord account) {
        accounts.put(account.id(), account);
        accountsCreated.add(account.id());
    }

    void updateAccount(AccountRecord account) {
        accounts.put(account.id(), account);
    }

    void createTransfer(TransferRecord transfer) {
        transfers.put(transfer.id(), transfer);
        transfersCreated.add(transfer.id());
    }

    void updateTransfer(TransferRecord transfer) {
        transfers.put(transfer.id(), transfer);
    }

    void mergeIntoParent(Changeset parent) {
        if (parent != base) {
            throw new IllegalStateException("not this changeset's parent");
        }
        accounts.forEach((id, account) -> {
            if (accountsCreated.contains(id)) {
                parent.createAccount(account);
            } else {
                parent.updateAccount(account);
            }
        });
        transfers.forEach((id, transfer) -> {
            if (transfersCreated.contains(id)) {
                parent.createTransfer(transfer);
            } else {
                parent.updateTransfer(transfer);
            }
        });
    }

    /** Accounts created by this batch. */
    public List<AccountRecord> createdAccounts() {
        return select(accounts, accountsCreated, true);
    }

    /** Stored accounts whose balance this batch changed, with their new balance. */
    public List<AccountRecord> updatedAccounts() {
        return select(accounts, accountsCreated, false);
    }

    /** Transfers created by this batch, in the order they were applied. */
    public List<TransferRecord> createdTransfers() {
        return select(transfers, transfersCreated, true);
    }

    /** Stored transfers whose pending state this batch changed. */
    public List<TransferRecord> updatedTransfers() {
        return select(transfers, transfersCreated, false);
    }

    private static <K, V> List<V> select(Map<K, V> values, Set<K> created, boolean wantCreated) {
        List<V> selected = new ArrayList<>();
        values.forEach((key, value) -> {
            if (created.contains(key) == wantCreated) {
                selected.add(value);
            }
        });
        return selected;
    }
}
