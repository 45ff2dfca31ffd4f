package io.relaypay.interchange.messages.internal;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * A part of messaging started when the application context is ready and stopped before it closes:
 * channels (phase {@link #CHANNELS}), then the outbox dispatcher, then the janitor; stopped in the
 * reverse order, so nothing is claimed that no channel can send and no channel closes under a send.
 */
public final class LifecyclePart implements SmartLifecycle {

    /** Channels connect first. */
    public static final int CHANNELS = 0;
    /** The dispatcher starts once channels exist. */
    public static final int DISPATCHER = 10;
    /** The janitor starts last and stops first. */
    public static final int JANITOR = 20;

    private static final Logger log = LoggerFactory.getLogger(LifecyclePart.class);

    private final String name;
    private final int phase;
    private final Runnable start;
    private final Runnable stop;
    private final AtomicBoolean running = new AtomicBoolean();

    /** A part named {@code name} in {@code phase}. */
    public LifecyclePart(String name, int phase, Runnable start, Runnable stop) {
        this.name = Objects.requireNonNull(name, "name");
        this.phase = phase;
        this.start = Objects.requireNonNull(start, "start");
        this.stop = Objects.requireNonNull(stop, "stop");
    }

    @Override
    public void start() {
        if (running.compareAndSet(false, true)) {
            start.run();
            log.info("messaging {} started", name);
        }
    }

    @Override
    public void stop() {
        if (running.compareAndSet(true, false)) {
            stop.run();
            log.info("messaging {} stopped", name);
        }
    }

    @Override
    public boolean isRunning() {
        return running.get();
    }

    @Override
    public int getPhase() {
        return phase;
    }
}
