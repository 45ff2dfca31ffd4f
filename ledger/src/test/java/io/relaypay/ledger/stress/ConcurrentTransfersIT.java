package io.relaypay.ledger.stress;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.ledger.audit.BooksAudit;
import io.relaypay.ledger.domain.Account;
import io.relaypay.ledger.domain.AccountFlag;
import io.relaypay.ledger.domain.AccountId;
import io.relaypay.ledger.domain.AccountKind;
import io.relaypay.ledger.domain.CreateAccountResult;
import io.relaypay.ledger.domain.CreateTransferResult;
import io.relaypay.ledger.domain.Money;
import io.relaypay.ledger.domain.Transfer;
import io.relaypay.ledger.domain.TransferFlag;
import io.relaypay.ledger.domain.TransferId;
import io.relaypay.ledger.store.JdbcLedger;
import io.relaypay.ledger.store.LedgerSchema;
import io.relaypay.testkit.PostgresSchema;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Eight clients hammer one hundred accounts on the real PostgreSQL: 10,000 random transfers each,
 * in batches, a third of the accounts constrained and kept near zero, with holds, posts, voids,
 * linked pairs, and ids that several clients submit at once. Afterwards the books must audit clean
 * and every acknowledged transfer must be stored exactly once.
 */
class ConcurrentTransfersIT {

    private static final int CLIENTS = 8;
    private static final int TRANSFERS_PER_CLIENT = 10_000;
    private static final int ACCOUNTS = 100;
    private static final int SHARED_IDS = 2_000;

    @RegisterExtension
    static final PostgresSchema db = new PostgresSchema(CLIENTS);

    private final List<AccountId> accounts = new ArrayList<>();
    private final List<Transfer> sharedTransfers = new ArrayList<>();
    private JdbcLedger ledger;

    @Test
    void concurrentClientsNeverBreakTheBooks() throws Exception {
        LedgerSchema.migrate(db.dataSource());
        ledger = new JdbcLedger(db.dataSource(), Clock.systemUTC());
        AccountId source = createAccounts();
        fundConstrainedAccounts(source);
        Random sharedRandom = new Random(7);
        for (int i = 0; i < SHARED_IDS; i++) {
            sharedTransfers.add(randomSingle(sharedRandom, TransferId.timeOrdered()));
        }

        Map<UUID, CreateTransferResult> acknowledged = new ConcurrentHashMap<>();
        Map<UUID, Integer> okCount = new ConcurrentHashMap<>();
        Map<CreateTransferResult, Integer> tally =
                Collections.synchronizedMap(new EnumMap<>(CreateTransferResult.class));
        try (ExecutorService clients = Executors.newFixedThreadPool(CLIENTS)) {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                long seed = c;
                done.add(clients.submit(() -> runClient(new Random(seed), acknowledged, okCount, tally)));
            }
            for (Future<?> f : done) {
                f.get();
            }
        }

        Set<UUID> stored = BooksAudit.assertSound(db.dataSource());
        okCount.forEach(
                (id, count) -> assertThat(count).as("OK results for %s", id).isEqualTo(1));
        assertThat(stored).containsAll(okCount.keySet());
        acknowledged.forEach((id, result) -> {
            if (result == CreateTransferResult.EXISTS) {
                assertThat(stored).as("EXISTS means stored").contains(id);
            }
        });
        int total = tally.values().stream().mapToInt(Integer::intValue).sum();
        assertThat(total).isEqualTo(CLIENTS * TRANSFERS_PER_CLIENT);
        // The mix is only meaningful if much of it succeeded and constraints really bit.
        assertThat(tally.getOrDefault(CreateTransferResult.OK, 0)).isGreaterThan(total / 2);
        assertThat(tally.getOrDefault(CreateTransferResult.EXCEEDS_CREDITS, 0)).isPositive();
        assertThat(tally.getOrDefault(CreateTransferResult.EXISTS, 0)).isPositive();
    }

    private AccountId createAccounts() {
        AccountId source = AccountId.timeOrdered();
        List<Account> batch = new ArrayList<>();
        batch.add(Account.of(source, AccountKind.EXTERNAL, "EUR"));
        for (int i = 0; i < ACCOUNTS; i++) {
            AccountId id = AccountId.timeOrdered();
            accounts.add(id);
            Account account = Account.of(id, AccountKind.USER, "EUR");
            batch.add(i % 3 == 0 ? account.withFlags(AccountFlag.DEBITS_MUST_NOT_EXCEED_CREDITS) : account);
        }
        assertThat(ledger.createAccounts(batch)).containsOnly(CreateAccountResult.OK);
        return source;
    }

    private void fundConstrainedAccounts(AccountId source) {
        List<Transfer> funding = new ArrayList<>();
        for (int i = 0; i < ACCOUNTS; i += 3) {
            funding.add(Transfer.of(TransferId.timeOrdered(), source, accounts.get(i), Money.of(500, "EUR")));
        }
        assertThat(ledger.createTransfers(funding)).containsOnly(CreateTransferResult.OK);
    }

    private void runClient(
            Random random,
            Map<UUID, CreateTransferResult> acknowledged,
            Map<UUID, Integer> okCount,
            Map<CreateTransferResult, Integer> tally) {
        List<TransferId> myHolds = new ArrayList<>();
        int sent = 0;
        while (sent < TRANSFERS_PER_CLIENT) {
            int size = Math.min(1 + random.nextInt(100), TRANSFERS_PER_CLIENT - sent);
            List<Transfer> batch = new ArrayList<>();
            while (batch.size() < size) {
                batch.add(nextTransfer(random, myHolds, size - batch.size()));
                if (batch.getLast().has(TransferFlag.LINKED)) {
                    batch.add(randomSingle(random, TransferId.timeOrdered()));
                }
            }
            List<CreateTransferResult> results = ledger.createTransfers(batch);
            for (int i = 0; i < batch.size(); i++) {
                Transfer t = batch.get(i);
                CreateTransferResult result = results.get(i);
                tally.merge(result, 1, Integer::sum);
                acknowledged.put(t.id().value(), result);
                if (result == CreateTransferResult.OK) {
                    okCount.merge(t.id().value(), 1, Integer::sum);
                    if (t.has(TransferFlag.PENDING)) {
                        myHolds.add(t.id());
                    }
                }
            }
            sent += batch.size();
        }
    }

    private Transfer nextTransfer(Random random, List<TransferId> myHolds, int room) {
        int dice = random.nextInt(100);
        if (dice < 10) {
            return sharedTransfers.get(random.nextInt(SHARED_IDS));
        }
        if (dice < 20) {
            return randomBuilder(random, TransferId.timeOrdered()).pending(0).build();
        }
        if (dice < 30 && !myHolds.isEmpty()) {
            TransferId hold = myHolds.remove(random.nextInt(myHolds.size()));
            Transfer.Builder b = Transfer.builder(TransferId.timeOrdered()).currency("EUR");
            return random.nextBoolean()
                    ? b.post(hold).amount(Transfer.FULL_AMOUNT).build()
                    : b.voiding(hold).build();
        }
        if (dice < 35 && room >= 2) {
            return randomBuilder(random, TransferId.timeOrdered()).linked().build();
        }
        return randomSingle(random, TransferId.timeOrdered());
    }

    private Transfer randomSingle(Random random, TransferId id) {
        return randomBuilder(random, id).build();
    }

    private Transfer.Builder randomBuilder(Random random, TransferId id) {
        int debit = random.nextInt(ACCOUNTS);
        int credit = (debit + 1 + random.nextInt(ACCOUNTS - 1)) % ACCOUNTS;
        return Transfer.builder(id)
                .debit(accounts.get(debit))
                .credit(accounts.get(credit))
                .amount(Money.of(1 + random.nextInt(200), "EUR"))
                .code(1);
    }
}
