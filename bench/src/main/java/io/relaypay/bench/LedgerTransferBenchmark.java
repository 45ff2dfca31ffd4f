package io.relaypay.bench;

import io.relaypay.ledger.domain.CreateTransferResult;
import io.relaypay.ledger.domain.Ledger;
import io.relaypay.ledger.store.JdbcLedger;
import java.time.Clock;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code createTransfers} on the JDBC ledger, one batch of random transfers per invocation, from 8
 * threads over a pool of 8 connections and 10,000 unconstrained accounts: the JMH counterpart of
 * {@link LedgerLoad}. {@code throughput} reports batches per second (multiply by {@code batchSize}
 * for transfers per second); {@code latency} samples the time of a batch.
 *
 * <pre>{@code java -jar bench/target/benchmarks.jar LedgerTransferBenchmark -p db=postgres -p batchSize=1000}</pre>
 *
 * <p>A transfer that is not {@code OK}, or a row count in {@code ledger_transfer} that differs from
 * the OK transfers at the end of a trial, fails the benchmark.
 */
@State(Scope.Benchmark)
@Threads(LedgerTransferBenchmark.THREADS)
@Fork(1)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
public class LedgerTransferBenchmark {

    static final int THREADS = 8;
    private static final int ACCOUNTS = 10_000;

    /** The database under the ledger: {@code postgres} or {@code h2} (embedded, file). */
    @Param({"postgres", "h2"})
    public String db;

    /** Transfers per {@code createTransfers} call. */
    @Param({"1", "100", "1000"})
    public int batchSize;

    private BenchDatabase database;
    private Ledger ledger;
    private RandomTransfers workload;
    private final LongAdder okTransfers = new LongAdder();

    /** Per-thread random source, so threads don't share one. */
    @State(Scope.Thread)
    public static class Client {
        SplittableRandom random;

        /** Seeds this thread's generator. */
        @Setup(Level.Trial)
        public void seed() {
            random = new SplittableRandom(ThreadLocalRandom.current().nextLong());
        }
    }

    /** Opens a fresh database and creates the accounts. */
    @Setup(Level.Trial)
    public void open() {
        database = BenchDatabase.open(db, THREADS);
        ledger = new JdbcLedger(database.dataSource(), Clock.systemUTC());
        workload = RandomTransfers.createAccounts(ledger, ACCOUNTS);
    }

    /** Checks that the table holds exactly the OK transfers, then drops the database. */
    @TearDown(Level.Trial)
    public void close() {
        try {
            long rows = database.transferRows();
            if (rows != okTransfers.sum()) {
                throw new IllegalStateException(
                        "ledger_transfer has " + rows + " rows but " + okTransfers.sum() + " transfers were OK");
            }
        } finally {
            database.close();
        }
    }

    /** One batch; batches per second (times {@code batchSize} for transfers per second). */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public List<CreateTransferResult> throughput(Client client) {
        return submit(client);
    }

    /** One batch; the distribution of its latency. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public List<CreateTransferResult> latency(Client client) {
        return submit(client);
    }

    private List<CreateTransferResult> submit(Client client) {
        List<CreateTransferResult> results = ledger.createTransfers(workload.batch(client.random, batchSize));
        for (CreateTransferResult result : results) {
            if (result != CreateTransferResult.OK) {
                throw new IllegalStateException("a benchmark transfer returned " + result);
            }
        }
        okTransfers.add(results.size());
        return results;
    }
}
