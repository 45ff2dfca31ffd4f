package io.relaypay.agent.messages;

import io.relaypay.agent.device.Device;
import io.relaypay.agent.interchange.AgentMessage;
import io.relaypay.agent.interchange.InterchangeClient;
import io.relaypay.agent.interchange.InterchangeProblem;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Keeps fetching the device's texts from the interchange and shows each one. Each fetch is a long
 * poll of {@link #WAIT_SECONDS}, so a text shows within moments of being sent, and each fetch also
 * tells the interchange the agent is running (it stops routing texts here about 30 s after the last
 * one). Without an enrolled device it looks again later; when the interchange cannot be reached it
 * backs off, doubling up to {@link #MAX_BACKOFF}.
 */
public final class MessagePoller implements AutoCloseable {

    /** How long one fetch waits at the interchange for a text; below the client's timeout. */
    public static final int WAIT_SECONDS = 15;

    /** The longest pause after failures, and the pause while no device is enrolled. */
    public static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    private static final Logger log = Logger.getLogger(MessagePoller.class.getName());

    private final InterchangeClient interchange;
    private final Supplier<Optional<Device>> device;
    private final MessageDisplay display;
    private final Thread thread;
    private volatile boolean running = true;

    private MessagePoller(InterchangeClient interchange, Supplier<Optional<Device>> device, MessageDisplay display) {
        this.interchange = Objects.requireNonNull(interchange, "interchange");
        this.device = Objects.requireNonNull(device, "device");
        this.display = Objects.requireNonNull(display, "display");
        this.thread = Thread.ofVirtual().name("relaypay-messages").unstarted(this::run);
    }

    /** Starts polling for the device {@code device} supplies (empty while none is enrolled). */
    public static MessagePoller start(
            InterchangeClient interchange, Supplier<Optional<Device>> device, MessageDisplay display) {
        MessagePoller poller = new MessagePoller(interchange, device, display);
        poller.thread.start();
        return poller;
    }

    private void run() {
        Duration backoff = FIRST_BACKOFF;
        while (running) {
            Optional<Device> enrolled = device.get();
            if (enrolled.isEmpty()) {
                pause(MAX_BACKOFF);
                continue;
            }
            try {
                long started = System.nanoTime();
                List<AgentMessage> messages = interchange.fetchMessages(enrolled.get(), WAIT_SECONDS);
                messages.forEach(display::show);
                backoff = FIRST_BACKOFF;
                // An answer with nothing that did not wait (an older interchange, a proxy cutting
                // the poll) must not turn the loop into a busy one.
                if (messages.isEmpty() && System.nanoTime() - started < FIRST_BACKOFF.toNanos()) {
                    pause(FIRST_BACKOFF);
                }
            } catch (InterchangeProblem | IllegalStateException e) {
                // The text of a failed fetch stays at the interchange for the next one.
                Duration again = backoff;
                log.warning(() -> "fetching messages failed: " + e.getMessage() + "; again in " + again);
                pause(backoff);
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    private void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /** Stops polling; a fetch under way is abandoned, its texts stay at the interchange. */
    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
