package io.relaypay.bench;

import io.relaypay.ledger.domain.CreateTransferResult;
import io.relaypay.ledger.store.JdbcLedger;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * Load runner for the JDBC ledger: {@code --clients} threads submit batches of random transfers as
 * fast as they can, first for {@code --warmup} seconds, then for {@code --seconds} measured ones.
 * It prints throughput and batch latency, then checks that every transfer was {@code OK} and that
 * {@code ledger_transfer} holds exactly the transfers reported OK; it exits with status 1 if not.
 *
 * <pre>{@code java -cp bench/target/benchmarks.jar io.relaypay.bench.LedgerLoad --db postgres --batch 1000}</pre>
 *
 * <p>The last line of output is a machine-readable {@code RESULT} line, which {@code
 * bench/run-ledger-load.sh} turns into a table.
 */
public final class LedgerLoad {

    /** How long after the end of the run a client may take to finish its last batch. */
    private static final long STOP_GRACE_SECONDS = 120;

    private final LoadOptions options;
    private final PrintStream out;

    private LedgerLoad(LoadOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    /** Runs one load; see the class comment for the options. */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        LoadOptions options;
        try {
            options = LoadOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(LoadOptions.USAGE);
            System.exit(2);
            return;
        }
        boolean passed;
        try {
            passed = new LedgerLoad(options, out).run();
        } catch (RuntimeException | InterruptedException e) {
            e.printStackTrace();
            passed = false;
        }
        // Exit explicitly: a client stuck past its grace period must not keep the JVM alive.
        System.exit(passed ? 0 : 1);
    }

    private boolean run() throws InterruptedException {
        // Flyway holds two connections while it migrates, so a single client still gets a pool of two.
        try (BenchDatabase database = BenchDatabase.open(options.db(), Math.max(2, options.clients()))) {
            out.printf(
                    "Ledger load: %s, batch %d, %d clients, %d accounts, %d s warmup + %d s measured%n",
                    database.name(),
                    options.batchSize(),
                    options.clients(),
                    options.accounts(),
                    options.warmupSeconds(),
                    options.seconds());
            JdbcLedger ledger = new JdbcLedger(database.dataSource(), Clock.systemUTC());
            RandomTransfers workload = RandomTransfers.createAccounts(ledger, options.accounts());
            List<LoadClient> clients = runClients(ledger, workload);
            if (clients == null) {
                out.println("FAILED: a client was still busy " + STOP_GRACE_SECONDS + " s after the end of the run");
                return false;
            }
            return report(clients, database.transferRows());
        }
    }

    /** Runs the clients to the end; null if one of them does not stop. */
    private List<LoadClient> runClients(JdbcLedger ledger, RandomTransfers workload) throws InterruptedException {
        long measureStart = System.nanoTime() + TimeUnit.SECONDS.toNanos(options.warmupSeconds());
        long end = measureStart + TimeUnit.SECONDS.toNanos(options.seconds());
        SplittableRandom seeds = new SplittableRandom();
        List<LoadClient> clients = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < options.clients(); i++) {
            LoadClient client = new LoadClient(ledger, workload, options.batchSize(), measureStart, end, seeds.split());
            clients.add(client);
            threads.add(
                    Thread.ofPlatform().name("load-client-" + i).daemon(true).start(client));
        }
        long joinDeadline = end + TimeUnit.SECONDS.toNanos(STOP_GRACE_SECONDS);
        for (Thread thread : threads) {
            long waitMillis = Math.max(1, TimeUnit.NANOSECONDS.toMillis(joinDeadline - System.nanoTime()));
            if (!thread.join(Duration.ofMillis(waitMillis))) {
                return null;
            }
        }
        return clients;
    }

    private boolean report(List<LoadClient> clients, long transferRows) {
        Histogram latency = new Histogram(3);
        Map<CreateTransferResult, Long> results = new EnumMap<>(CreateTransferResult.class);
        long ok = 0;
        long batches = 0;
        long measuredOk = 0;
        List<RuntimeException> clientFailures = new ArrayList<>();
        for (LoadClient client : clients) {
            latency.add(client.latencyMicros());
            client.results().forEach((result, n) -> results.merge(result, n, Long::sum));
            ok += client.okTransfers();
            batches += client.measuredBatches();
            measuredOk += client.measuredOkTransfers();
            if (client.failure() != null) {
                clientFailures.add(client.failure());
            }
        }
        double seconds = options.seconds();
        double transfersPerSecond = measuredOk / seconds;
        double batchesPerSecond = batches / seconds;
        double p50 = millis(latency.getValueAtPercentile(50));
        double p99 = millis(latency.getValueAtPercentile(99));
        double max = millis(latency.getMaxValue());
        out.printf(Locale.ROOT, "transfers/s      %,.0f%n", transfersPerSecond);
        out.printf(Locale.ROOT, "batches/s        %,.1f%n", batchesPerSecond);
        out.printf(Locale.ROOT, "batch latency ms p50 %.2f  p99 %.2f  max %.2f%n", p50, p99, max);
        out.printf("results          %s (whole run, warmup included)%n", results);
        out.printf("ledger_transfer  %,d rows, %,d transfers reported OK%n", transferRows, ok);

        List<String> failures = new ArrayList<>();
        if (!clientFailures.isEmpty()) {
            failures.add(
                    clientFailures.size() + " clients stopped on a batch that threw: " + clientFailures.getFirst());
            clientFailures.getFirst().printStackTrace();
        }
        long notOk = results.entrySet().stream()
                .filter(e -> e.getKey() != CreateTransferResult.OK)
                .mapToLong(Map.Entry::getValue)
                .sum();
        if (notOk > 0) {
            failures.add(notOk + " transfers were not OK: " + results);
        }
        if (transferRows != ok) {
            failures.add("ledger_transfer has " + transferRows + " rows but " + ok + " transfers were OK");
        }
        if (batches == 0) {
            failures.add("no batch completed inside the measured window");
        }
        failures.forEach(f -> out.println("FAILED: " + f));
        boolean passed = failures.isEmpty();
        out.printf(
                Locale.ROOT,
                "RESULT db=%s batch=%d clients=%d accounts=%d seconds=%d transfers_per_s=%.0f batches_per_s=%.1f"
                        + " p50_ms=%.2f p99_ms=%.2f max_ms=%.2f status=%s%n",
                options.db(),
                options.batchSize(),
                options.clients(),
                options.accounts(),
                options.seconds(),
                transfersPerSecond,
                batchesPerSecond,
                p50,
                p99,
                max,
                passed ? "ok" : "FAILED");
        return passed;
    }

    private static double millis(long micros) {
        return micros / 1_000.0;
    }
}
