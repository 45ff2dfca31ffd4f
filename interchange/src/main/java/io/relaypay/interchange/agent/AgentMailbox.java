package io.relaypay.interchange.agent;

import io.relaypay.interchange.common.ApiException;
import io.relaypay.interchange.common.Ids;
import io.relaypay.interchange.common.ProblemType;
import io.relaypay.interchange.common.Transactions;
import io.relaypay.messaging.DeliveryStatus;
import io.relaypay.messaging.InboundEvent;
import io.relaypay.messaging.PhoneNumber;
import io.relaypay.messaging.channel.InboundSink;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The enrolled agents' mailbox: the agent-push channel posts a text for every active device of the
 * phone whose agent is fetching, and the agent fetches it with a device-signed request. A fetch reports the message
 * delivered to the channel's {@link InboundSink} in the same transaction that marks it fetched, so
 * the outbox learns of every message an agent took, and a sink that fails leaves it unfetched.
 *
 * <p>A waiting fetch is woken by a post on this node and otherwise looks again every {@link
 * #RECHECK}, so a message posted by another node is seen within that time.
 */
public final class AgentMailbox {

    /** The most messages one fetch returns. */
    public static final int FETCH_LIMIT = 50;

    /** The longest a fetch may wait for a message. */
    public static final Duration MAX_WAIT = Duration.ofSeconds(25);

    /**
     * How long after a fetch ends its agent still counts as listening: the time an agent polling in
     * a loop takes to fetch again, with room for a slow network. Past it the phone gets SMS again.
     */
    public static final Duration LISTEN_GRACE = Duration.ofSeconds(30);

    /** How often a waiting fetch looks for messages other nodes posted. */
    static final Duration RECHECK = Duration.ofSeconds(1);

    private static final Logger log = LoggerFactory.getLogger(AgentMailbox.class);

    private final MailboxStore store;
    private final DeviceStore devices;
    private final Transactions transactions;
    private final Ids ids;
    private final Clock clock;
    private final Map<String, InboundSink> sinks = new ConcurrentHashMap<>();
    // A lock and condition, not synchronized/wait: Java 21 pins a virtual thread that waits in a
    // monitor to its carrier, and every waiting fetch is a request on a virtual thread.
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition posted = lock.newCondition();
    private long posts;

    /** A mailbox over {@code store} for the devices of {@code devices}. */
    public AgentMailbox(MailboxStore store, DeviceStore devices, Transactions transactions, Ids ids, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.devices = Objects.requireNonNull(devices, "devices");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Delivery reports for messages posted by {@code channel} go to {@code sink}. */
    public void attach(String channel, InboundSink sink) {
        sinks.put(Objects.requireNonNull(channel, "channel"), Objects.requireNonNull(sink, "sink"));
    }

    /**
     * Posts {@code text} for every active device of {@code phoneNumber} whose agent is fetching
     * (see {@link #LISTEN_GRACE}); a text for an agent that is off would wait unread.
     *
     * @return the delivery id, or empty when no active device of the phone is listening
     */
    public Optional<String> post(String channel, String phoneNumber, String messageId, String text) {
        Optional<String> delivery = transactions.inTransaction(() -> {
            List<Device> active = devices.listeningFor(phoneNumber, clock.instant());
            if (active.isEmpty()) {
                return Optional.<String>empty();
            }
            String deliveryId = ids.next("amd");
            Instant now = clock.instant();
            for (Device device : active) {
                store.insert(new AgentMessage(ids.next("am"), device.id(), channel, messageId, deliveryId, text, now));
            }
            log.info(
                    "message={} channel={} delivery={} posted devices={}",
                    messageId,
                    channel,
                    deliveryId,
                    active.size());
            return Optional.of(deliveryId);
        });
        if (delivery.isPresent()) {
            lock.lock();
            try {
                posts++;
                posted.signalAll();
            } finally {
                lock.unlock();
            }
        }
        return delivery;
    }

    /**
     * The device's unfetched messages, oldest first, now marked fetched and reported delivered;
     * when there are none, waits up to {@code wait} for one.
     *
     * @throws ApiException ({@link ProblemType#SINK_UNAVAILABLE}) when a delivery report could not
     *     be stored: the messages stay unfetched for the next fetch
     */
    public List<AgentMessage> fetch(Device device, Duration wait) {
        Duration bounded = wait.isNegative() ? Duration.ZERO : wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
        long deadline = System.nanoTime() + bounded.toNanos();
        devices.listening(device.id(), clock.instant().plus(bounded).plus(LISTEN_GRACE));
        while (true) {
            long seen = postsSoFar();
            List<AgentMessage> taken = takeNow(device);
            long left = deadline - System.nanoTime();
            if (!taken.isEmpty() || left <= 0) {
                return taken;
            }
            lock.lock();
            try {
                // A post since we looked wakes us at once instead of after the recheck.
                if (posts == seen) {
                    posted.await(Math.min(RECHECK.toNanos(), left), TimeUnit.NANOSECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return List.of();
            } finally {
                lock.unlock();
            }
        }
    }

    private long postsSoFar() {
        lock.lock();
        try {
            return posts;
        } finally {
            lock.unlock();
        }
    }

    private List<AgentMessage> takeNow(Device device) {
        try {
            return transactions.inTransaction(() -> {
                List<AgentMessage> taken = store.lockUnfetched(device.id(), FETCH_LIMIT);
                if (taken.isEmpty()) {
                    return taken;
                }
                Instant now = clock.instant();
                store.markFetched(taken.stream().map(AgentMessage::id).toList(), now);
                Map<String, String> deliveries = new LinkedHashMap<>();
                taken.forEach(m -> deliveries.put(m.deliveryId(), m.channel()));
                deliveries.forEach((deliveryId, channel) -> report(channel, deliveryId, device, now));
                log.info("device={} fetched messages={}", device.id(), taken.size());
                return taken;
            });
        } catch (SinkFailed e) {
            throw new ApiException(ProblemType.SINK_UNAVAILABLE, "the messages could not be taken; fetch again");
        }
    }

    private void report(String channel, String deliveryId, Device device, Instant now) {
        InboundSink sink = sinks.get(channel);
        if (sink == null) {
            log.warn("delivery={} channel={} is not configured; delivery not reported", deliveryId, channel);
            return;
        }
        try {
            sink.accept(new InboundEvent.DeliveryReport(
                    channel,
                    deliveryId,
                    DeliveryStatus.DELIVERED,
                    Optional.empty(),
                    Optional.of(PhoneNumber.of(device.phoneNumber())),
                    Optional.empty(),
                    now));
        } catch (RuntimeException e) {
            log.warn("delivery={} channel={} report not stored: {}", deliveryId, channel, e.toString());
            throw new SinkFailed(e);
        }
    }

    /** The sink refused a report: rolls the fetch back. */
    private static final class SinkFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SinkFailed(RuntimeException cause) {
            super(cause);
        }
    }
}
