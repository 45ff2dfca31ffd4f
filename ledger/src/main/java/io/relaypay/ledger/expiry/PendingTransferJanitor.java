package io.relaypay.ledger.expiry;

import io.relaypay.ledger.domain.Ledger;
import io.relaypay.ledger.domain.LedgerUnavailableException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Releases holds whose timeout has passed. Several janitors (one per node) may run against the same
 * database: the ledger releases each hold exactly once, and a janitor skips holds another one is
 * releasing.
 */
public final class PendingTransferJanitor implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(PendingTransferJanitor.class.getName());

    private final Ledger ledger;
    private final Clock clock;
    private final int batchSize;
    private ScheduledExecutorService scheduler;

    /**
     * A janitor for {@code ledger} that reads the time from {@code clock}.
     *
     * @param batchSize holds released per database transaction
     */
    public PendingTransferJanitor(Ledger ledger, Clock clock, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be positive");
        }
        this.ledger = ledger;
        this.clock = clock;
        this.batchSize = batchSize;
    }

    /**
     * Releases every hold that is due now, in batches.
     *
     * @return how many holds this run released
     */
    public int runOnce() {
        int total = 0;
        int released;
        // A short batch does not mean nothing is left: holds another janitor had locked are skipped.
        // Stop only when a batch releases nothing; the janitor holding those locks keeps going.
        do {
            released = ledger.expirePendingTransfers(clock.instant(), batchSize);
            total += released;
        } while (released > 0);
        return total;
    }

    /** Runs {@link #runOnce()} every {@code interval} on a background thread until closed. */
    public synchronized void start(Duration interval) {
        if (scheduler != null) {
            throw new IllegalStateException("already started");
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("ledger-expiry-janitor").daemon().factory());
        scheduler.scheduleWithFixedDelay(this::runLogged, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void runLogged() {
        try {
            int released = runOnce();
            if (released > 0) {
                LOG.info(() -> "ledger.expiry released=" + released);
            }
        } catch (LedgerUnavailableException e) {
            // The next run tries again; a database outage must not kill the schedule.
            LOG.log(Level.WARNING, "ledger.expiry failed, will retry", e);
        }
    }

    @Override
    public synchronized void close() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }
}
