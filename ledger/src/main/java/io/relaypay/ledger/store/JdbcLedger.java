package io.relaypay.ledger.store;

import io.relaypay.ledger.domain.Account;
import io.relaypay.ledger.domain.AccountId;
import io.relaypay.ledger.domain.AccountRecord;
import io.relaypay.ledger.domain.Changeset;
import io.relaypay.ledger.domain.CreateAccountResult;
import io.relaypay.ledger.domain.CreateTransferResult;
import io.relaypay.ledger.domain.Ledger;
import io.relaypay.ledger.domain.LedgerEngine;
import io.relaypay.ledger.domain.LedgerLookup;
import io.relaypay.ledger.domain.PageLimits;
import io.relaypay.ledger.domain.Transfer;
import io.relaypay.ledger.domain.TransferId;
import io.relaypay.ledger.domain.TransferPage;
import io.relaypay.ledger.domain.TransferRecord;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The ledger on a relational database (PostgreSQL in production, H2 embedded), through plain JDBC.
 *
 * <p>Each batch is applied in one transaction: lock the transfers it references, then the accounts
 * it touches (each in id order, the same order in every transaction), run the {@link LedgerEngine}
 * on those rows, write the changes, commit. Batches submitted concurrently to one instance are
 * combined into one such transaction by a single writer ({@link CombiningWriter}), each keeping
 * its own results and linked chains. Deadlocks, serialization failures and lost insert races are
 * retried from the start, invisibly to the caller. The schema must have been migrated with {@link
 * LedgerSchema#migrate(DataSource)}.
 */
public final class JdbcLedger implements Ledger {

    private static final int DEFAULT_MAX_ATTEMPTS = 100;
    // Tuned on 2 cores with 8 clients (docs/benchmarks.md): 4 lanes let small transactions overlap
    // their commits; groups above 64 transfers run alone; 8,192 (eight batches of 1,000) beat 2,048
    // and 4,096 there: fewer commits, and a large group runs alone whatever its size.
    private static final int WRITER_LANES = 4;
    private static final int SMALL_GROUP_TRANSFERS = 64;
    private static final int MAX_TRANSFERS_PER_TRANSACTION = 8_192;

    private final LedgerEngine engine = new LedgerEngine();
    private final Transactions transactions;
    private final Clock clock;
    private final CombiningWriter writer = new CombiningWriter(
            WRITER_LANES, SMALL_GROUP_TRANSFERS, MAX_TRANSFERS_PER_TRANSACTION, this::applyInOneTransaction);

    /** A ledger on {@code dataSource} that takes its time from {@code clock}. */
    public JdbcLedger(DataSource dataSource, Clock clock) {
        this.transactions = new Transactions(dataSource, DEFAULT_MAX_ATTEMPTS);
        this.clock = clock;
    }

    @Override
    public List<CreateAccountResult> createAccounts(List<Account> accounts) {
        if (accounts.isEmpty()) {
            return List.of();
        }
        return transactions.inTransaction(connection -> {
            Set<UUID> ids = new LinkedHashSet<>();
            accounts.forEach(a -> ids.add(a.id().value()));
            LedgerLookup rows = LedgerLookup.of(AccountTable.lock(connection, ids), Map.of());
            Changeset changes = Changeset.over(rows);
            List<CreateAccountResult> results = engine.createAccounts(accounts, changes, clock.instant());
            write(connection, changes);
            return results;
        });
    }

    @Override
    public List<CreateTransferResult> createTransfers(List<Transfer> transfers) {
        if (transfers.isEmpty()) {
            return List.of();
        }
        return writer.submit(transfers);
    }

    /** Applies several callers' batches in one transaction; each batch's linked chains stay its own. */
    private List<List<CreateTransferResult>> applyInOneTransaction(List<List<Transfer>> batches) {
        List<Transfer> all = batches.size() == 1
                ? batches.getFirst()
                : batches.stream().flatMap(List::stream).toList();
        return transactions.inTransaction(connection -> {
            Changeset changes = Changeset.over(lockRowsOf(connection, all));
            Instant now = clock.instant();
            List<List<CreateTransferResult>> results = new ArrayList<>();
            for (List<Transfer> batch : batches) {
                results.add(engine.createTransfers(batch, changes, now));
            }
            write(connection, changes);
            return results;
        });
    }

    /** Locks every stored transfer the batch names, then every account it (or those transfers) touch. */
    private static LedgerLookup lockRowsOf(Connection connection, List<Transfer> transfers) throws SQLException {
        Set<UUID> transferIds = new LinkedHashSet<>();
        for (Transfer t : transfers) {
            transferIds.add(t.id().value());
            if (!t.pendingId().isZero()) {
                transferIds.add(t.pendingId().value());
            }
        }
        Map<TransferId, TransferRecord> lockedTransfers = TransferTable.lock(connection, transferIds);
        Set<UUID> accountIds = new LinkedHashSet<>();
        for (Transfer t : transfers) {
            addAccounts(accountIds, t);
        }
        for (TransferRecord stored : lockedTransfers.values()) {
            addAccounts(accountIds, stored.transfer());
        }
        return LedgerLookup.of(AccountTable.lock(connection, accountIds), lockedTransfers);
    }

    private static void addAccounts(Set<UUID> accountIds, Transfer t) {
        if (!t.debitAccountId().isZero()) {
            accountIds.add(t.debitAccountId().value());
        }
        if (!t.creditAccountId().isZero()) {
            accountIds.add(t.creditAccountId().value());
        }
    }

    private static void write(Connection connection, Changeset changes) throws SQLException {
        AccountTable.insert(connection, changes.createdAccounts());
        AccountTable.updateBalances(connection, changes.updatedAccounts());
        TransferTable.insert(connection, changes.createdTransfers());
        TransferTable.updateStates(connection, changes.updatedTransfers());
    }

    @Override
    public Optional<AccountRecord> account(AccountId id) {
        return accounts(List.of(id)).stream().findFirst();
    }

    @Override
    public List<AccountRecord> accounts(List<AccountId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<AccountId, AccountRecord> found = transactions.inTransaction(connection ->
                AccountTable.read(connection, ids.stream().map(AccountId::value).toList()));
        List<AccountRecord> ordered = new ArrayList<>();
        for (AccountId id : ids) {
            AccountRecord record = found.get(id);
            if (record != null) {
                ordered.add(record);
            }
        }
        return ordered;
    }

    @Override
    public Optional<TransferRecord> transfer(TransferId id) {
        return transactions.inTransaction(connection -> TransferTable.byId(connection, id)).stream()
                .findFirst();
    }

    @Override
    public TransferPage transfersOf(AccountId account, long before, int limit) {
        PageLimits.check(limit);
        // One row more than asked tells whether another page follows.
        List<TransferRecord> rows =
                transactions.inTransaction(connection -> TransferTable.pageOf(connection, account, before, limit + 1));
        if (rows.size() <= limit) {
            return new TransferPage(rows, OptionalLong.empty());
        }
        List<TransferRecord> page = rows.subList(0, limit);
        return new TransferPage(page, OptionalLong.of(page.getLast().sequence()));
    }

    @Override
    public int expirePendingTransfers(Instant now, int limit) {
        return transactions.inTransaction(connection -> {
            List<UUID> due = TransferTable.dueExpiries(connection, now, limit);
            if (due.isEmpty()) {
                return 0;
            }
            Map<TransferId, TransferRecord> holds = TransferTable.lockSkippingLocked(connection, due);
            Set<UUID> accountIds = new LinkedHashSet<>();
            holds.values().forEach(hold -> addAccounts(accountIds, hold.transfer()));
            Changeset changes = Changeset.over(LedgerLookup.of(AccountTable.lock(connection, accountIds), holds));
            int expired = 0;
            for (UUID id : due) {
                TransferId holdId = new TransferId(id);
                if (holds.containsKey(holdId) && engine.expire(holdId, changes, now)) {
                    expired++;
                }
            }
            write(connection, changes);
            return expired;
        });
    }
}
