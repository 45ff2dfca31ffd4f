package io.relaypay.interchange.webhooks.internal;

import io.relaypay.interchange.webhooks.WebhookDispatcher;
import io.relaypay.interchange.webhooks.WebhookJanitor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the dispatcher and the janitor on one virtual thread while the application runs: started
 * after everything else, stopped first, letting posts in flight finish. Between polls it waits on
 * the {@link DeliveryDoorbell}, so a delivery this node queues goes out at once. The loop is never
 * interrupted (that would close a database connection mid-transaction); stopping wakes it instead.
 */
public final class WebhookWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(WebhookWorker.class);

    private final WebhookDispatcher dispatcher;
    private final WebhookJanitor janitor;
    private final Clock clock;
    private final Duration pollInterval;
    private final Duration janitorInterval;
    private final boolean autoStartup;
    private final DeliveryDoorbell doorbell;
    private volatile CountDownLatch stopping;
    private Thread loop;

    /** A worker polling every {@code pollInterval} and running the janitor every {@code janitorInterval}. */
    public WebhookWorker(
            WebhookDispatcher dispatcher,
            WebhookJanitor janitor,
            Clock clock,
            Duration pollInterval,
            Duration janitorInterval,
            boolean autoStartup,
            DeliveryDoorbell doorbell) {
        this.doorbell = doorbell;
        this.dispatcher = dispatcher;
        this.janitor = janitor;
        this.clock = clock;
        this.pollInterval = pollInterval;
        this.janitorInterval = janitorInterval;
        this.autoStartup = autoStartup;
    }

    @Override
    public boolean isAutoStartup() {
        return autoStartup;
    }

    @Override
    public synchronized void start() {
        if (loop != null) {
            return;
        }
        CountDownLatch latch = new CountDownLatch(1);
        stopping = latch;
        loop = Thread.ofVirtual().name("webhook-worker").start(() -> run(latch));
        log.info("webhook worker {} started", dispatcher.node());
    }

    @Override
    public synchronized void stop() {
        if (loop == null) {
            return;
        }
        stopping.countDown();
        doorbell.wake();
        try {
            loop.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        loop = null;
        dispatcher.awaitIdle();
        log.info("webhook worker {} stopped", dispatcher.node());
    }

    @Override
    public synchronized boolean isRunning() {
        return loop != null;
    }

    private void run(CountDownLatch stop) {
        Instant janitorDue = Instant.MIN;
        while (stop.getCount() > 0) {
            Duration pause = pollInterval;
            try {
                Instant now = clock.instant();
                if (!now.isBefore(janitorDue)) {
                    janitor.reclaim(now);
                    janitorDue = now.plus(janitorInterval);
                }
                if (dispatcher.dispatch(now) > 0) {
                    pause = Duration.ZERO;
                }
            } catch (RuntimeException e) {
                // The database may be briefly away; try again after a longer pause.
                log.warn("webhook dispatch failed, retrying: {}", e.toString());
                pause = pollInterval.multipliedBy(10);
            }
            try {
                if (!pause.isZero()) {
                    doorbell.await(pause);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
