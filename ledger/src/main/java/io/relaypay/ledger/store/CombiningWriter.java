package io.relaypay.ledger.store;

import io.relaypay.ledger.domain.CreateTransferResult;
import io.relaypay.ledger.domain.LedgerUnavailableException;
import io.relaypay.ledger.domain.Transfer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

/**
 * Combines concurrent batches into few database transactions (flat combining): a caller queues its
 * batch; a caller that finds a writer lane free becomes a writer and applies everything queued, in
 * groups, each group in one transaction, handing each caller its own results. Batches stay separate
 * inside a group: a linked chain never spans two callers.
 *
 * <p>Why, measured on 2 cores (docs/benchmarks.md): transactions that touch many overlapping
 * accounts only convoy behind each other's row locks, so a large group runs alone (the exclusive
 * side of a fair read-write lock). Small groups touch few accounts and mostly wait on their commit's
 * WAL flush, so several run at once (up to {@code lanes}), overlapping those flushes.
 */
final class CombiningWriter {

    /** One caller's batch and, once applied, its outcome. */
    private static final class Request {
        final List<Transfer> transfers;
        final Thread owner = Thread.currentThread();
        volatile boolean done;
        List<CreateTransferResult> results;
        RuntimeException failure;

        Request(List<Transfer> transfers) {
            this.transfers = transfers;
        }

        void complete(List<CreateTransferResult> outcome) {
            results = outcome;
            done = true;
            LockSupport.unpark(owner);
        }

        void fail(RuntimeException cause) {
            failure = cause;
            done = true;
            LockSupport.unpark(owner);
        }
    }

    // A safety net only: completion and hand-over both unpark the waiting caller directly.
    private static final long WAKE_UP_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

    private final ConcurrentLinkedQueue<Request> queue = new ConcurrentLinkedQueue<>();
    private final Semaphore lanes;
    private final ReentrantReadWriteLock exclusivity = new ReentrantReadWriteLock(true);
    private final int smallGroupLimit;
    private final AtomicInteger queuedTransfers = new AtomicInteger();
    private final int maxTransfersPerTransaction;
    private final Function<List<List<Transfer>>, List<List<CreateTransferResult>>> applyInOneTransaction;

    /**
     * @param applyInOneTransaction applies several batches in one transaction, one result list per
     *     batch, or throws and applies none
     */
    CombiningWriter(
            int lanes,
            int smallGroupLimit,
            int maxTransfersPerTransaction,
            Function<List<List<Transfer>>, List<List<CreateTransferResult>>> applyInOneTransaction) {
        this.lanes = new Semaphore(lanes);
        this.smallGroupLimit = smallGroupLimit;
        this.maxTransfersPerTransaction = maxTransfersPerTransaction;
        this.applyInOneTransaction = applyInOneTransaction;
    }

    List<CreateTransferResult> submit(List<Transfer> transfers) {
        Request mine = new Request(transfers);
        queuedTransfers.addAndGet(transfers.size());
        queue.add(mine);
        boolean interrupted = false;
        while (!mine.done) {
            // Whoever finds a lane free applies what is queued; everyone else only waits for their
            // own request, never for a lane, so a finished request returns at once.
            if (!writeUntilDone(mine)) {
                // Woken when our request is applied, or when a departing writer hands us the queue.
                LockSupport.parkNanos(this, WAKE_UP_NANOS);
                // The batch may already be committing, so an interrupt cannot abandon it; keep the
                // flag for the caller rather than spin on it.
                interrupted |= Thread.interrupted();
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (mine.failure != null) {
            throw mine.failure;
        }
        return mine.results;
    }

    /**
     * Applies queued requests, in arrival order, until the caller's own is applied, then hands the
     * rest of the queue to the next waiting caller: a writer serves others only while it has to wait
     * anyway, so no caller's latency grows with everyone else's load.
     *
     * @return whether this thread got to be a writer
     */
    private boolean writeUntilDone(Request mine) {
        if (queue.isEmpty() || !lanes.tryAcquire()) {
            return false;
        }
        try {
            while (!mine.done && !queue.isEmpty()) {
                applyNextGroup();
            }
        } finally {
            lanes.release();
        }
        Request next = queue.peek();
        if (next != null) {
            LockSupport.unpark(next.owner);
        }
        return true;
    }

    /**
     * Chooses the mode from what is queued, then drains under it: a writer waiting for exclusivity
     * takes everything queued by the time it gets it, which is what makes large groups large.
     */
    private void applyNextGroup() {
        boolean large = queuedTransfers.get() > smallGroupLimit;
        Lock lock = large ? exclusivity.writeLock() : exclusivity.readLock();
        lock.lock();
        try {
            List<Request> group = drain(large ? maxTransfersPerTransaction : smallGroupLimit);
            if (!group.isEmpty()) {
                applyGroup(group);
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Takes queued requests in arrival order until {@code limit} transfers. Only {@code poll} takes a
     * request, so two writers draining at once never share or lose one.
     */
    private List<Request> drain(int limit) {
        List<Request> group = new ArrayList<>();
        int size = 0;
        Request next;
        while (size < limit && (next = queue.poll()) != null) {
            queuedTransfers.addAndGet(-next.transfers.size());
            group.add(next);
            size += next.transfers.size();
        }
        return group;
    }

    private void applyGroup(List<Request> group) {
        try {
            List<List<CreateTransferResult>> results = applyInOneTransaction.apply(
                    group.stream().map(r -> r.transfers).toList());
            for (int i = 0; i < group.size(); i++) {
                group.get(i).complete(results.get(i));
            }
        } catch (Error fatal) {
            // Nobody else will complete these requests; fail them before the error unwinds this thread.
            LedgerUnavailableException failure = new LedgerUnavailableException("ledger writer failed", fatal);
            group.stream().filter(r -> !r.done).forEach(r -> r.fail(failure));
            throw fatal;
        } catch (RuntimeException failure) {
            if (group.size() == 1) {
                group.getFirst().fail(failure);
                return;
            }
            // One caller's batch must not fail the others: apply each alone to find out whose it is.
            for (Request request : group) {
                applyGroup(List.of(request));
            }
        }
    }
}
