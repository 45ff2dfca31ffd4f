package io.relaypay.bench;

import io.relaypay.bench.PaymentStats.Step;
import io.relaypay.simulator.CarrierNetwork;
import io.relaypay.simulator.Phone;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;

/**
 * The interchange under load on PostgreSQL, end to end: the carrier simulator in this JVM (the demo
 * network plus {@code --phones} buyers), the interchange as its own JVM on a fresh schema, a
 * merchant and key made through the admin API, buyers topped up through {@code POST
 * /admin/v1/users/{phone}/credits} (or paying by operator billing), then {@code --clients} virtual
 * buyers paying for {@code --warmup} + {@code --seconds} (see {@link Buyer}). Prints the latency of
 * each step, completed payments a second, the CPU per payment of each process and, with {@code
 * --jfr}, where the interchange's CPU went. See docs/benchmarks.md.
 *
 * <pre>{@code
 * ./mvnw -B -q -pl interchange,bench -am -DskipTests package
 * $JAVA_HOME/bin/java -cp bench/target/benchmarks.jar io.relaypay.bench.PaymentLoad --clients 64 --seconds 60
 * }</pre>
 */
public final class PaymentLoad {

    private static final double TARGET_PER_SECOND = 500;
    private static final double TARGET_CREATE_P99_MS = 50;

    private PaymentLoad() {}

    /** Runs one load and prints it; exits 1 if the run itself broke, 2 on a bad option. */
    public static void main(String[] args) throws Exception {
        PaymentLoadOptions options;
        try {
            options = PaymentLoadOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("PaymentLoad: " + e.getMessage());
            System.err.println(PaymentLoadOptions.USAGE);
            System.exit(2);
            return;
        }
        boolean ok = run(options, System.out);
        System.exit(ok ? 0 : 1);
    }

    static boolean run(PaymentLoadOptions options, PrintStream out) throws Exception {
        Path logs = Files.createTempDirectory("relaypay-paymentload-");
        out.println("PaymentLoad " + options.describe());
        out.println("logs: " + logs);
        List<String> buyers = LoadNetwork.buyerNumbers(options.phones());
        try (CarrierNetwork network = LoadNetwork.start(buyers);
                BenchSchema schema = BenchSchema.create();
                WebhookSink webhooks = WebhookSink.start()) {
            Run run;
            long succeededInDb;
            long ledgerImbalance;
            try (InterchangeProcess interchange = InterchangeProcess.start(
                    options,
                    schema,
                    network.smppPort("smsc-north"),
                    network.smppPort("smsc-hub"),
                    network.httpUri(),
                    logs)) {
                out.println("interchange pid " + interchange.pid() + " at " + interchange.uri() + ", schema "
                        + schema.name() + ", simulator " + network.httpUri());
                InterchangeApi api = new InterchangeApi(interchange.uri());
                String key = api.merchantKey(
                        "Load Run Games", options.webhooks() ? Optional.of(webhooks.url()) : Optional.empty());
                List<Phone> phones = LoadNetwork.phones(network, buyers);
                if (options.funding() == PaymentLoadOptions.Funding.BALANCE) {
                    topUp(api, buyers, options.amount() * 30, out);
                }
                schema.analyze();
                Runnable stopAnalyzing = schema.analyzeEvery(10);
                try {
                    run = drive(options, api, key, phones, interchange, schema, webhooks, out);
                } finally {
                    stopAnalyzing.run();
                }
                succeededInDb = schema.count("SELECT COUNT(*) FROM payments WHERE status = 'SUCCEEDED'");
                // The ledger's invariant: per currency, posted and pending balances each sum to zero.
                ledgerImbalance = schema.count(
                        "SELECT COALESCE(SUM(ABS(posted) + ABS(pending)), 0) FROM ("
                                + "SELECT SUM(credits_posted - debits_posted) AS posted,"
                                + " SUM(credits_pending - debits_pending) AS pending FROM ledger_account GROUP BY currency) sums");
                out.printf(
                        "checks: %d succeeded payments in the database (buyers saw %d), ledger imbalance %d, webhooks received %d%n",
                        succeededInDb, run.stats.succeededTotal(), ledgerImbalance, webhooks.deliveries());
            }
            // Closing the interchange wrote its flight recording.
            if (options.jfr().isPresent()) {
                JfrSummary.read(options.jfr().get(), run.from, run.to).print(out, 15);
            }
            return result(options, run, succeededInDb, ledgerImbalance, out);
        }
    }

    /** The measured window and what the buyers saw in it. */
    private record Run(PaymentStats stats, Instant from, Instant to) {}

    private static Run drive(
            PaymentLoadOptions options,
            InterchangeApi api,
            String key,
            List<Phone> phones,
            InterchangeProcess interchange,
            BenchSchema schema,
            WebhookSink webhooks,
            PrintStream out)
            throws InterruptedException {
        long now = System.nanoTime();
        long windowStart = now + TimeUnit.SECONDS.toNanos(options.warmupSeconds());
        long windowEnd = windowStart + TimeUnit.SECONDS.toNanos(options.seconds());
        PaymentStats stats = new PaymentStats(windowStart, windowEnd);
        Buyer.Pacer pacer =
                new Buyer.Pacer(now, options.rate() == 0 ? 0 : 1_000_000_000L / options.rate(), new AtomicLong());
        out.printf(
                "driving: %d s warmup + %d s measured; each phone pays at most %.1f times (the demo rules allow 10 an hour)%n",
                options.warmupSeconds(),
                options.seconds(),
                (options.warmupSeconds() + options.seconds())
                        * (options.rate() == 0 ? 600.0 : options.rate())
                        / phones.size());
        ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor();
        for (int c = 0; c < options.clients(); c++) {
            List<Phone> own = new ArrayList<>();
            for (int i = c; i < phones.size(); i += options.clients()) {
                own.add(phones.get(i));
            }
            pool.execute(new Buyer("b" + c, api, key, own, options, stats, pacer, webhooks));
        }
        sleepUntil(windowStart);
        Instant from = Instant.now();
        CpuSnapshot before = CpuSnapshot.take(interchange, schema.backendPids());
        Map<String, long[]> writesBefore = schema.tableWrites();
        sleepUntil(windowEnd);
        Instant to = Instant.now();
        CpuSnapshot after = CpuSnapshot.take(interchange, schema.backendPids());
        Map<String, long[]> writesAfter = schema.tableWrites();
        pool.shutdown();
        if (!pool.awaitTermination(90, TimeUnit.SECONDS)) {
            out.println("some buyers were still busy 90 s after the end; stopping them");
            pool.shutdownNow();
        }
        stats.print(out, options.seconds());
        CpuSnapshot.print(out, before, after, stats.succeededInWindow(), options.seconds());
        BenchSchema.printWrites(out, writesBefore, writesAfter, stats.succeededInWindow());
        return new Run(stats, from, to);
    }

    private static void topUp(InterchangeApi api, List<String> buyers, long amount, PrintStream out)
            throws InterruptedException {
        long start = System.nanoTime();
        AtomicLong next = new AtomicLong();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int worker = 0; worker < 16; worker++) {
                pool.execute(() -> {
                    for (long i = next.getAndIncrement(); i < buyers.size(); i = next.getAndIncrement()) {
                        api.credit(buyers.get((int) i), amount, "loadbench-topup");
                    }
                });
            }
        }
        out.printf(
                "topped up %d buyers with %d each in %.1f s%n",
                buyers.size(), amount, (System.nanoTime() - start) / 1e9);
    }

    private static boolean result(
            PaymentLoadOptions options, Run run, long succeededInDb, long ledgerImbalance, PrintStream out) {
        Histogram create = run.stats.histogram(Step.CREATE);
        Histogram endToEnd = run.stats.histogram(Step.END_TO_END);
        double perSecond = run.stats.succeededInWindow() / (double) options.seconds();
        double createP99 = create.getValueAtPercentile(99) / 1000.0;
        boolean broken = run.stats.succeededInWindow() == 0
                || ledgerImbalance != 0
                || succeededInDb < run.stats.succeededTotal();
        boolean met = perSecond >= TARGET_PER_SECOND && createP99 < TARGET_CREATE_P99_MS;
        out.printf(
                "RESULT payments_per_s=%.1f create_p50_ms=%.2f create_p99_ms=%.2f create_p999_ms=%.2f"
                        + " e2e_p50_ms=%.1f e2e_p99_ms=%.1f failed=%d target=%s status=%s%n",
                perSecond,
                create.getValueAtPercentile(50) / 1000.0,
                createP99,
                create.getValueAtPercentile(99.9) / 1000.0,
                endToEnd.getValueAtPercentile(50) / 1000.0,
                endToEnd.getValueAtPercentile(99) / 1000.0,
                run.stats.failuresTotal(),
                met ? "MET" : "MISSED",
                broken ? "BROKEN" : "OK");
        return !broken;
    }

    private static void sleepUntil(long nanos) throws InterruptedException {
        long wait = nanos - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }
}
