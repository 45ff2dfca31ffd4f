package io.relaypay.interchange.checkout.web;

import io.relaypay.interchange.checkout.CheckoutService;
import io.relaypay.interchange.payments.Payment;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open server-sent event streams of checkout pages. One ticker reads each watched payment once
 * per interval, whatever the number of pages watching it, and sends a {@code status} event to the
 * pages that have not seen that status yet. Reading the database (not listening in memory) lets any
 * node serve the stream whichever node confirmed the payment. Streams end when the payment does,
 * and after a few minutes in any case: {@code EventSource} reconnects by itself.
 */
public final class StatusStreams implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(StatusStreams.class);
    private static final Duration STREAM_LIFETIME = Duration.ofMinutes(5);
    private static final Duration KEEP_ALIVE = Duration.ofSeconds(15);

    private final CheckoutService checkout;
    private final CheckoutPages pages;
    private final ScheduledExecutorService ticker;
    private final Map<String, Set<Watcher>> watchers = new ConcurrentHashMap<>();
    private final long keepAliveTicks;
    private long ticks;

    private static final class Watcher {
        final SseEmitter emitter = new SseEmitter(STREAM_LIFETIME.toMillis());
        volatile String seen = "";
    }

    /** Streams checking for changes every {@code interval}. */
    public StatusStreams(CheckoutService checkout, CheckoutPages pages, Duration interval) {
        this.checkout = checkout;
        this.pages = pages;
        this.keepAliveTicks = Math.max(1, KEEP_ALIVE.toMillis() / Math.max(1, interval.toMillis()));
        this.ticker = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("checkout-status-streams").daemon().factory());
        ticker.scheduleWithFixedDelay(this::tick, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** A stream for {@code payment}, starting with its current status. */
    public SseEmitter open(Payment payment) {
        Watcher watcher = new Watcher();
        Runnable remove = () -> watchers.computeIfPresent(payment.id(), (id, set) -> {
            set.remove(watcher);
            return set.isEmpty() ? null : set;
        });
        watcher.emitter.onCompletion(remove);
        watcher.emitter.onTimeout(remove);
        watcher.emitter.onError(e -> remove.run());
        send(watcher, pages.status(payment));
        if (payment.status().terminal()) {
            watcher.emitter.complete();
        } else {
            watchers.computeIfAbsent(payment.id(), id -> ConcurrentHashMap.newKeySet())
                    .add(watcher);
        }
        return watcher.emitter;
    }

    /** How many pages are watching, for tests and metrics. */
    public int watching() {
        return watchers.values().stream().mapToInt(Set::size).sum();
    }

    private void tick() {
        boolean keepAlive = ++ticks % keepAliveTicks == 0;
        for (Map.Entry<String, Set<Watcher>> entry : watchers.entrySet()) {
            try {
                Payment payment = checkout.current(entry.getKey());
                CheckoutStatus status = pages.status(payment);
                for (Watcher watcher : entry.getValue()) {
                    if (!watcher.seen.equals(status.status())) {
                        send(watcher, status);
                    } else if (keepAlive) {
                        watcher.emitter.send(SseEmitter.event().comment("keep-alive"));
                    }
                    if (payment.status().terminal()) {
                        watcher.emitter.complete();
                    }
                }
                if (payment.status().terminal()) {
                    watchers.remove(entry.getKey());
                }
            } catch (IOException | RuntimeException e) {
                log.debug("payment {} status stream: {}", entry.getKey(), e.toString());
            }
        }
    }

    private static void send(Watcher watcher, CheckoutStatus status) {
        try {
            watcher.emitter.send(SseEmitter.event().name("status").data(status));
            watcher.seen = status.status();
        } catch (IOException | IllegalStateException e) {
            watcher.emitter.completeWithError(e);
        }
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        watchers.values().forEach(set -> set.forEach(w -> w.emitter.complete()));
        watchers.clear();
    }
}
