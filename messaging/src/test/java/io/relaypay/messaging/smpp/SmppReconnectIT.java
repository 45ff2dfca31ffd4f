package io.relaypay.messaging.smpp;

import static io.relaypay.messaging.smpp.SimulatedSmsc.PHONE;
import static io.relaypay.messaging.smpp.SimulatedSmsc.eventually;
import static io.relaypay.messaging.smpp.SimulatedSmsc.message;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.relaypay.messaging.channel.SendResult;
import io.relaypay.simulator.ReceivedMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Bind loss in the middle of a stream sent from many virtual threads: every message reaches the
 * phone exactly once.
 *
 * <p>The senders behave as the outbox will: Accepted is done; Retryable is sent again once the
 * channel is bound; Unknown is never simply sent again but reconciled first. Here the phone's
 * inbox is the ground truth for reconciliation, because the simulator delivers to the phone
 * before it answers submit_sm: a message whose outcome is unknown and that is not in the inbox
 * did not get through and is sent again, once it has stayed out of the inbox for a reconcile
 * window. (The outbox reconciles from delivery reports and the echoed user_message_reference
 * before any retry.)
 */
class SmppReconnectIT {

    private static final int MESSAGES = 400;
    private static final int SENDERS = 8;

    private SimulatedSmsc sim;
    private final Map<String, List<SendResult>> history = new ConcurrentHashMap<>();

    @AfterEach
    void stop() {
        if (sim != null) {
            sim.close();
        }
    }

    @Test
    void droppedBindsMidStreamLoseAndDuplicateNothing() throws Exception {
        sim = SimulatedSmsc.start(b -> b.latency(Duration.ofMillis(1)), Map.of("window-size", "16"));
        var queue = new ConcurrentLinkedQueue<String>();
        for (int i = 0; i < MESSAGES; i++) {
            // Every tenth message is long enough for two parts.
            queue.add("stream " + i + (i % 10 == 0 ? " " + "y".repeat(160) : ""));
        }
        var done = new AtomicInteger();
        var notAccepted = new AtomicInteger();
        var retries = new AtomicInteger();
        List<Future<?>> senders = new ArrayList<>();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int s = 0; s < SENDERS; s++) {
                senders.add(executor.submit(() -> {
                    for (String text = queue.poll(); text != null; text = queue.poll()) {
                        deliverOnce(text, notAccepted, retries);
                        done.incrementAndGet();
                    }
                    return null;
                }));
            }
            eventually().until(() -> done.get() >= MESSAGES / 4);
            sim.smsc().dropBinds();
            eventually().until(() -> done.get() >= MESSAGES / 2);
            sim.smsc().dropBinds();
            for (Future<?> sender : senders) {
                sender.get();
            }
        }

        Map<String, Long> received = sim.network.phone(PHONE).inbox().stream()
                .collect(Collectors.groupingBy(ReceivedMessage::text, Collectors.counting()));
        var missing = new ArrayList<String>();
        for (var entry : history.entrySet()) {
            if (!received.containsKey(entry.getKey())) {
                missing.add(
                        entry.getKey().substring(0, Math.min(20, entry.getKey().length())) + " " + entry.getValue());
            }
        }
        assertThat(missing)
                .as("messages that never reached the phone, with what send returned")
                .isEmpty();
        assertThat(received).hasSize(MESSAGES);
        assertThat(received.values()).containsOnly(1L);
        assertThat(notAccepted.get()).as("sends that met the lost bind").isPositive();
        assertThat(sim.channel.health().connected()).isTrue();
    }

    private void deliverOnce(String text, AtomicInteger notAccepted, AtomicInteger retries) {
        for (int attempt = 0; attempt < 50; attempt++) {
            SendResult result = sim.channel.send(message(text));
            history.computeIfAbsent(text, t -> new CopyOnWriteArrayList<>()).add(result);
            switch (result) {
                case SendResult.Accepted accepted -> {
                    return;
                }
                case SendResult.Rejected rejected -> throw new AssertionError(text + " rejected: " + rejected);
                case SendResult.Retryable retryable -> {
                    notAccepted.incrementAndGet();
                    sim.awaitBound();
                }
                case SendResult.Unknown unknown -> {
                    notAccepted.incrementAndGet();
                    sim.awaitBound();
                    if (reconciledAsDelivered(text)) {
                        return;
                    }
                }
            }
            retries.incrementAndGet();
        }
        throw new AssertionError(text + " not delivered after 50 attempts");
    }

    /**
     * The reconcile window: a message that does not show up in the inbox within 300 ms after the
     * rebind never got through (by then the SMSC has finished what it read before the link
     * dropped); one that does was delivered and must not be sent again.
     */
    private boolean reconciledAsDelivered(String text) {
        try {
            await().dontCatchUncaughtExceptions()
                    .atMost(Duration.ofMillis(300))
                    .pollInterval(Duration.ofMillis(10))
                    .until(() -> inInbox(text));
            return true;
        } catch (ConditionTimeoutException absent) {
            return false;
        }
    }

    private boolean inInbox(String text) {
        return sim.network.phone(PHONE).inbox().stream().anyMatch(m -> m.text().equals(text));
    }
}
