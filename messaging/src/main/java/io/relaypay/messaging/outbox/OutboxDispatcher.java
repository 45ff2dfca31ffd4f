package io.relaypay.messaging.outbox;

import io.relaypay.messaging.channel.Channel;
import io.relaypay.messaging.channel.SendResult;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends what the outbox holds: claims due messages in batches and hands each to the channel of its
 * current route on a virtual thread, at most {@link OutboxSettings#concurrency()} at once, then
 * records the controller's answer. Any number of dispatchers, on any number of nodes, may run
 * against one database. Idle, it polls every {@link OutboxSettings#pollInterval()}, and wakes at
 * once when its own outbox stores a message.
 */
public final class OutboxDispatcher implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

    private final OutboxStore store;
    private final Map<String, Channel> channels;
    private final OutboxSettings settings;
    private final Semaphore inFlight;
    private final ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor();
    private final AtomicBoolean running = new AtomicBoolean();
    private final ResultRecorder recorder;
    private Thread loop;

    /** A dispatcher sending through {@code channels}, keyed by the names routes use. */
    public OutboxDispatcher(Outbox outbox, Map<String, Channel> channels, OutboxSettings settings) {
        this.store = Objects.requireNonNull(outbox, "outbox").store();
        this.channels = Map.copyOf(channels);
        this.settings = Objects.requireNonNull(settings, "settings");
        this.inFlight = new Semaphore(settings.concurrency());
        this.recorder = new ResultRecorder(store, settings);
    }

    /** Starts dispatching in the background until {@link #close()}. */
    public synchronized void start() {
        if (running.compareAndSet(false, true)) {
            loop = Thread.ofPlatform()
                    .name("outbox-dispatcher-" + settings.node())
                    .daemon()
                    .start(this::run);
        }
    }

    /**
     * Claims one batch and starts sending it; returns how many were claimed. The sends may still be
     * running when this returns (see {@link #awaitIdle()}).
     */
    public int dispatchOnce() {
        int free = inFlight.availablePermits();
        if (free == 0) {
            return 0;
        }
        List<StoredMessage> claimed =
                store.claim(settings.node(), Math.min(settings.batchSize(), free), settings.lease());
        for (StoredMessage message : claimed) {
            inFlight.acquireUninterruptibly();
            senders.execute(() -> {
                try {
                    send(message);
                } finally {
                    inFlight.release();
                }
            });
        }
        return claimed.size();
    }

    /** Waits until no send started by this dispatcher is still running. */
    public void awaitIdle() {
        inFlight.acquireUninterruptibly(settings.concurrency());
        inFlight.release(settings.concurrency());
    }

    private void run() {
        while (running.get()) {
            try {
                if (dispatchOnce() == 0) {
                    store.stored().await(settings.pollInterval());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // The database may be briefly away; the claim is retried on the next turn.
                log.warn("outbox dispatch failed, retrying: {}", e.toString());
                sleepQuietly();
            }
        }
    }

    private void send(StoredMessage claimed) {
        Optional<StoredMessage> sending =
                claimed.state() == MessageState.CLAIMED ? store.startSending(claimed) : Optional.of(claimed);
        if (sending.isEmpty()) {
            return;
        }
        StoredMessage message = sending.get();
        Channel channel = channels.get(message.channel());
        SendResult result;
        if (channel == null) {
            result = new SendResult.Rejected("no channel named '" + message.channel() + "' on this node");
        } else {
            try {
                result = channel.send(message.message());
            } catch (RuntimeException e) {
                // A converter bug after the bytes may have left: the outcome is unknown, not failed.
                log.error("message={} channel={} send threw", message.message().id(), channel.name(), e);
                result = new SendResult.Unknown("channel error: " + e, List.of());
            }
        }
        try {
            recorder.record(message, result);
            log.debug("message={} channel={} result={}", message.message().id(), message.channel(), result);
        } catch (RuntimeException e) {
            // The lease runs out and the janitor treats the message as unknown: never sent twice blindly.
            log.error("message={} could not record result {}", message.message().id(), result, e);
        }
    }

    private void sleepQuietly() {
        try {
            TimeUnit.MILLISECONDS.sleep(settings.pollInterval().toMillis() * 10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops claiming and waits for sends already started. */
    @Override
    public void close() {
        Thread current;
        synchronized (this) {
            running.set(false);
            current = loop;
        }
        if (current != null) {
            current.interrupt();
            try {
                current.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        awaitIdle();
        senders.close();
        recorder.close();
    }
}
