package io.relaypay.ledger.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The ledger held in memory, for unit tests of code that uses a {@link Ledger} and for running the
 * engine without a database. Same engine, same results as the JDBC store; nothing is durable.
 */
public final class InMemoryLedger implements Ledger {

    private final LedgerEngine engine = new LedgerEngine();
    private final Clock clock;
    private final Map<AccountId, AccountRecord> accounts = new HashMap<>();
    private final Map<TransferId, TransferRecord> transfers = new HashMap<>();
    private long sequence;

    /** A ledger that takes its time from {@code clock}. */
    public InMemoryLedger(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized List<CreateAccountResult> createAccounts(List<Account> batch) {
        Changeset changes = Changeset.over(lookup());
        List<CreateAccountResult> results = engine.createAccounts(batch, changes, clock.instant());
        persist(changes);
        return results;
    }

    @Override
    public synchronized List<CreateTransferResult> createTransfers(List<Transfer> batch) {
        Changeset changes = Changeset.over(lookup());
        List<CreateTransferResult> results = engine.createTransfers(batch, changes, clock.instant());
        persist(changes);
        return results;
    }

    @Override
    public synchronized Optional<AccountRecord> account(AccountId id) {
        return Optional.ofNullable(accounts.get(id));
    }

    @Override
    public synchronized List<AccountRecord> accounts(List<AccountId> ids) {
        return ids.stream().map(accounts::get).filter(a -> a != null).toList();
    }

    @Override
    public synchronized Optional<TransferRecord> transfer(TransferId id) {
        return Optional.ofNullable(transfers.get(id));
    }

    @Override
    public synchronized TransferPage transfersOf(AccountId account, long before, int limit) {
        PageLimits.check(limit);
        List<TransferRecord> matching = new ArrayList<>();
        for (TransferRecord record : transfers.values()) {
            Transfer t = record.transfer();
            boolean touches =
                    t.debitAccountId().equals(account) || t.creditAccountId().equals(account);
            if (touches && record.sequence() < before) {
                matching.add(record);
            }
        }
        matching.sort(Comparator.comparingLong(TransferRecord::sequence).reversed());
        if (matching.size() <= limit) {
            return new TransferPage(matching, OptionalLong.empty());
        }
        List<TransferRecord> page = matching.subList(0, limit);
        return new TransferPage(page, OptionalLong.of(page.getLast().sequence()));
    }

    @Override
    public synchronized int expirePendingTransfers(Instant now, int limit) {
        List<TransferRecord> due = transfers.values().stream()
                .filter(record -> record.isExpiredAt(now))
                .sorted(Comparator.comparing((TransferRecord r) -> r.expiresAt().orElseThrow())
                        .thenComparingLong(TransferRecord::sequence))
                .limit(limit)
                .toList();
        Changeset changes = Changeset.over(lookup());
        int expired = 0;
        for (TransferRecord record : due) {
            if (engine.expire(record.id(), changes, now)) {
                expired++;
            }
        }
        persist(changes);
        return expired;
    }

    private LedgerLookup lookup() {
        return LedgerLookup.of(accounts, transfers);
    }

    private void persist(Changeset changes) {
        changes.createdAccounts().forEach(a -> accounts.put(a.id(), a));
        changes.updatedAccounts().forEach(a -> accounts.put(a.id(), a));
        changes.createdTransfers().forEach(t -> transfers.put(t.id(), t.withSequence(++sequence)));
        changes.updatedTransfers()
                .forEach(t -> transfers.put(
                        t.id(), t.withSequence(transfers.get(t.id()).sequence())));
    }
}
