package io.relaypay.bench;

import io.relaypay.ledger.domain.CreateTransferResult;
import io.relaypay.ledger.domain.Ledger;
import io.relaypay.ledger.domain.Transfer;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * One client of {@link LedgerLoad}: submits batches back to back until the end of the run. A batch
 * is measured when it completes inside the measured window, so the window's throughput is
 * neither inflated by batches begun in warmup nor cut short by the last batches still in flight.
 *
 * <p>It stops at the first batch that throws. Its counters are written by its own thread only and
 * read after that thread has been joined.
 */
final class LoadClient implements Runnable {

    private static final long MAX_LATENCY_MICROS = TimeUnit.MINUTES.toMicros(10);

    private final Ledger ledger;
    private final RandomTransfers workload;
    private final int batchSize;
    private final long measureStartNanos;
    private final long endNanos;
    private final SplittableRandom random;

    private final Histogram latencyMicros = new Histogram(MAX_LATENCY_MICROS, 3);
    private final Map<CreateTransferResult, Long> results = new EnumMap<>(CreateTransferResult.class);
    private long okTransfers;
    private long measuredBatches;
    private long measuredOkTransfers;
    private RuntimeException failure;

    LoadClient(
            Ledger ledger,
            RandomTransfers workload,
            int batchSize,
            long measureStartNanos,
            long endNanos,
            SplittableRandom random) {
        this.ledger = ledger;
        this.workload = workload;
        this.batchSize = batchSize;
        this.measureStartNanos = measureStartNanos;
        this.endNanos = endNanos;
        this.random = random;
    }

    @Override
    public void run() {
        while (System.nanoTime() < endNanos) {
            List<Transfer> batch = workload.batch(random, batchSize);
            long start = System.nanoTime();
            List<CreateTransferResult> outcome;
            try {
                outcome = ledger.createTransfers(batch);
            } catch (RuntimeException e) {
                // JdbcLedger retries what is transient, so this is a real failure: the run has
                // failed, and going on would only spin.
                failure = e;
                return;
            }
            long done = System.nanoTime();
            long ok = count(outcome);
            okTransfers += ok;
            if (done >= measureStartNanos && done <= endNanos) {
                measuredBatches++;
                measuredOkTransfers += ok;
                latencyMicros.recordValue(Math.min(MAX_LATENCY_MICROS, (done - start) / 1_000));
            }
        }
    }

    private long count(List<CreateTransferResult> outcome) {
        long ok = 0;
        for (CreateTransferResult result : outcome) {
            results.merge(result, 1L, Long::sum);
            if (result == CreateTransferResult.OK) {
                ok++;
            }
        }
        return ok;
    }

    Histogram latencyMicros() {
        return latencyMicros;
    }

    Map<CreateTransferResult, Long> results() {
        return results;
    }

    long okTransfers() {
        return okTransfers;
    }

    long measuredBatches() {
        return measuredBatches;
    }

    long measuredOkTransfers() {
        return measuredOkTransfers;
    }

    /** What stopped this client early, or null. */
    RuntimeException failure() {
        return failure;
    }
}
