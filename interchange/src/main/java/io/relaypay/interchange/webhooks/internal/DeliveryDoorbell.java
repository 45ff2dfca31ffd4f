package io.relaypay.interchange.webhooks.internal;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Wakes the {@link WebhookWorker} when this node queued a delivery, once the transaction that
 * queued it has committed (before that the worker's claim could not see it), so a merchant hears
 * of a payment within milliseconds rather than at the next poll. The poll stays: it finds retries
 * that fell due and deliveries other nodes queued.
 */
public final class DeliveryDoorbell {

    // At most one permit: rings while the worker is busy fold into one more pass.
    private final Semaphore rung = new Semaphore(0);

    /** Rings after the current transaction commits, or now when there is none. */
    public void ring() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    wake();
                }
            });
        } else {
            wake();
        }
    }

    /** Rings at once (a stopping worker uses it to leave its wait). */
    void wake() {
        if (rung.availablePermits() == 0) {
            rung.release();
        }
    }

    /**
     * Waits up to {@code timeout} for a ring.
     *
     * @return whether it rang
     */
    boolean await(Duration timeout) throws InterruptedException {
        boolean rang = rung.tryAcquire(timeout.toNanos(), TimeUnit.NANOSECONDS);
        rung.drainPermits();
        return rang;
    }
}
