package io.relaypay.bench;

import io.relaypay.ledger.domain.Account;
import io.relaypay.ledger.domain.AccountId;
import io.relaypay.ledger.domain.AccountRecord;
import io.relaypay.ledger.domain.Balance;
import io.relaypay.ledger.domain.Changeset;
import io.relaypay.ledger.domain.CreateTransferResult;
import io.relaypay.ledger.domain.LedgerEngine;
import io.relaypay.ledger.domain.LedgerLookup;
import io.relaypay.ledger.domain.Transfer;
import io.relaypay.ledger.domain.TransferId;
import io.relaypay.ledger.domain.TransferRecord;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The CPU cost of the ledger without a database, single-threaded: the {@link LedgerEngine}
 * applying a 1,000-transfer batch to a {@link Changeset} over 10,000 in-memory accounts (what
 * {@code JdbcLedger} does between its reads and its writes), and the client-side cost of building
 * such a batch (ids included).
 *
 * <pre>{@code java -jar bench/target/benchmarks.jar LedgerEngineBenchmark}</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class LedgerEngineBenchmark {

    private static final int ACCOUNTS = 10_000;
    private static final int BATCH = 1_000;

    private final LedgerEngine engine = new LedgerEngine();
    private final SplittableRandom random = new SplittableRandom(42);
    private final Instant now = Instant.parse("2026-11-23T00:00:00Z");
    private LedgerLookup stored;
    private RandomTransfers workload;
    private List<Transfer> batch;

    /** Builds the stored accounts and one batch; the stored state never changes, so the batch is always new. */
    @Setup(Level.Trial)
    public void setUp() {
        Map<AccountId, AccountRecord> accounts = new HashMap<>();
        for (Account account : RandomTransfers.accounts(ACCOUNTS)) {
            accounts.put(account.id(), new AccountRecord(account, Balance.ZERO, now));
        }
        stored = new StoredAccounts(Map.copyOf(accounts));
        workload = RandomTransfers.over(List.copyOf(accounts.keySet()));
        batch = workload.batch(random, BATCH);
        for (CreateTransferResult result : engine.createTransfers(batch, Changeset.over(stored), now)) {
            if (result != CreateTransferResult.OK) {
                throw new IllegalStateException("a benchmark transfer returned " + result);
            }
        }
    }

    /** The engine on a batch of 1,000, including reading back what a store would write. */
    @Benchmark
    public void applyBatch(Blackhole blackhole) {
        Changeset changes = Changeset.over(stored);
        List<CreateTransferResult> results = engine.createTransfers(batch, changes, now);
        blackhole.consume(results);
        blackhole.consume(changes.createdTransfers());
        blackhole.consume(changes.updatedAccounts());
    }

    /** Building a batch of 1,000 random transfers with time-ordered ids, as a client does. */
    @Benchmark
    public List<Transfer> buildBatch() {
        return workload.batch(random, BATCH);
    }

    /** Accounts held in a map, no transfers: the engine's view of a store with only accounts. */
    private record StoredAccounts(Map<AccountId, AccountRecord> accounts) implements LedgerLookup {

        @Override
        public Optional<AccountRecord> account(AccountId id) {
            return Optional.ofNullable(accounts.get(id));
        }

        @Override
        public Optional<TransferRecord> transfer(TransferId id) {
            return Optional.empty();
        }
    }
}
