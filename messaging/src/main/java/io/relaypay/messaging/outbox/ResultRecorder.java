package io.relaypay.messaging.outbox;

import io.relaypay.messaging.channel.SendResult;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit for controllers' answers: sending threads hand their answer over and wait; one
 * writer records everything waiting in one transaction. With dozens of sends in flight, one commit
 * serves dozens of messages. If a group's transaction fails, its answers are recorded one by one,
 * so one bad row does not fail the others.
 */
final class ResultRecorder implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ResultRecorder.class);
    private static final int MAX_GROUP = 256;

    private record Pending(OutboxStore.Answer answer, CompletableFuture<Void> done) {}

    private final OutboxStore store;
    private final OutboxSettings settings;
    private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread writer;
    private volatile boolean closed;

    ResultRecorder(OutboxStore store, OutboxSettings settings) {
        this.store = store;
        this.settings = settings;
        this.writer =
                Thread.ofVirtual().name("outbox-results-" + settings.node()).start(this::run);
    }

    /** Records the answer; returns once it is committed, or throws what recording it threw. */
    void record(StoredMessage sending, SendResult result) {
        if (closed) {
            store.recordResult(sending, result, settings);
            return;
        }
        var pending = new Pending(new OutboxStore.Answer(sending, result), new CompletableFuture<>());
        queue.add(pending);
        pending.done().join();
    }

    private void run() {
        var group = new ArrayList<Pending>(MAX_GROUP);
        while (!closed || !queue.isEmpty()) {
            try {
                group.add(queue.take());
            } catch (InterruptedException e) {
                if (closed) {
                    queue.drainTo(group);
                } else {
                    continue;
                }
            }
            queue.drainTo(group, MAX_GROUP - group.size());
            write(group);
            group.clear();
        }
    }

    private void write(List<Pending> group) {
        if (group.isEmpty()) {
            return;
        }
        var acceptances = new ArrayList<BatchedWrites.Acceptance>();
        var others = new ArrayList<OutboxStore.Answer>();
        for (Pending pending : group) {
            if (pending.answer().result() instanceof SendResult.Accepted accepted) {
                acceptances.add(new BatchedWrites.Acceptance(pending.answer().sending(), accepted));
            } else {
                others.add(pending.answer());
            }
        }
        try {
            store.recordResults(acceptances, others, settings);
            group.forEach(pending -> pending.done().complete(null));
        } catch (RuntimeException | Error groupFailure) {
            // Every waiting sender must be answered, or it would block forever on its future.
            log.warn(
                    "recording {} answers together failed, recording one by one: {}",
                    group.size(),
                    groupFailure.toString());
            for (Pending pending : group) {
                try {
                    store.recordResult(
                            pending.answer().sending(), pending.answer().result(), settings);
                    pending.done().complete(null);
                } catch (RuntimeException | Error e) {
                    pending.done().completeExceptionally(e);
                }
            }
        }
    }

    /** Records what is waiting, then stops the writer. */
    @Override
    public void close() {
        closed = true;
        writer.interrupt();
        try {
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
