package io.relaypay.interchange.funds;

import io.relaypay.ledger.domain.Account;
import io.relaypay.ledger.domain.AccountId;
import io.relaypay.ledger.domain.AccountRecord;
import io.relaypay.ledger.domain.CreateAccountResult;
import io.relaypay.ledger.domain.Ledger;
import io.relaypay.ledger.domain.UserData;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Opens the ledger account of a {@link BookAccount} in a currency and mode on first use, and finds
 * it afterwards. The account id is derived from that tuple ({@link LedgerIds}), so concurrent first
 * uses, on one node or several, converge on one account: the ledger answers {@code exists} to all
 * but the first, and the index row is written if absent.
 */
public final class LedgerAccounts {

    private final Ledger ledger;
    private final LedgerAccountStore store;
    private final Set<AccountId> known = ConcurrentHashMap.newKeySet();

    /** Accounts on {@code ledger}, indexed in {@code store}. */
    public LedgerAccounts(Ledger ledger, LedgerAccountStore store) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.store = Objects.requireNonNull(store, "store");
    }

    /** The ledger account of {@code account} in {@code currency} and mode, created if need be. */
    public AccountId open(BookAccount account, String currency, boolean livemode) {
        AccountId id = LedgerIds.account(account, currency, livemode);
        if (known.contains(id)) {
            return id;
        }
        Account definition = new Account(
                id,
                account.kind(),
                Currency.getInstance(currency),
                account.code(),
                account.constraint().map(EnumSet::of).map(Set::copyOf).orElse(Set.of()),
                new UserData(new UUID(0, 0), 0, livemode ? 1 : 0));
        CreateAccountResult result = ledger.createAccount(definition);
        if (!result.isSuccess()) {
            // Same tuple, same definition: anything else is a changed definition or a hash collision.
            throw new IllegalStateException(
                    "ledger account " + id + " for " + account + " " + currency + ": " + result.code());
        }
        store.remember(new LedgerAccountStore.Row(account.owner(), account.purpose(), currency, livemode, id));
        known.add(id);
        return id;
    }

    /** The id the account has or would have, without creating it. */
    public AccountId idOf(BookAccount account, String currency, boolean livemode) {
        return LedgerIds.account(account, currency, livemode);
    }

    /**
     * An indexed account with its balance now.
     *
     * @param row the index row
     * @param account the ledger's account and balance
     */
    public record Held(LedgerAccountStore.Row row, AccountRecord account) {}

    /** Every account of {@code owner} with its balance. */
    public List<Held> ownedBy(String owner) {
        List<LedgerAccountStore.Row> rows = store.ownedBy(owner);
        Map<AccountId, AccountRecord> records = new java.util.HashMap<>();
        ledger.accounts(rows.stream().map(LedgerAccountStore.Row::accountId).toList())
                .forEach(r -> records.put(r.id(), r));
        return rows.stream()
                .filter(r -> records.containsKey(r.accountId()))
                .map(r -> new Held(r, records.get(r.accountId())))
                .toList();
    }

    /** One account with its index row, if the ledger and the index both know it. */
    public Optional<Held> find(AccountId accountId) {
        return store.byAccountId(accountId)
                .flatMap(row -> ledger.account(accountId).map(record -> new Held(row, record)));
    }
}
