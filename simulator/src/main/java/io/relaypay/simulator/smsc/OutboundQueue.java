package io.relaypay.simulator.smsc;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.DelayQueue;
import java.util.concurrent.Delayed;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jsmpp.bean.DataCoding;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.session.SMPPServerSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Store and forward towards the ESMEs: every receipt and MO waits here until a bound receiver
 * acknowledges its {@code deliver_sm} with {@code ESME_ROK}. With no ready receiver, items park
 * until one is ready; on a failed, negative or unanswered {@code deliver_sm} they are retried after {@code
 * retryInterval}, for ever, so nothing is lost across bind drops (an ESME may see a repeat when
 * its response was lost, as with real SMSCs). Up to {@link #WINDOW} {@code deliver_sm} are in
 * flight at once.
 */
final class OutboundQueue implements AutoCloseable {

    static final int WINDOW = 64;
    private static final Logger log = LoggerFactory.getLogger(OutboundQueue.class);

    private static final class Due implements Delayed {
        final OutboundSm sm;
        final long dueNanos;
        final int attempt;

        Due(OutboundSm sm, long dueNanos, int attempt) {
            this.sm = sm;
            this.dueNanos = dueNanos;
            this.attempt = attempt;
        }

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(dueNanos - System.nanoTime(), TimeUnit.NANOSECONDS);
        }

        @Override
        public int compareTo(Delayed other) {
            return Long.compare(dueNanos, ((Due) other).dueNanos);
        }
    }

    private final String smscName;
    private final BoundSessions sessions;
    private final Duration retryInterval;
    private final DelayQueue<Due> queue = new DelayQueue<>();
    private final List<Due> parked = new ArrayList<>();
    private final Semaphore window = new Semaphore(WINDOW);
    private final ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor();
    private final AtomicInteger outstanding = new AtomicInteger();
    private final AtomicLong acknowledged = new AtomicLong();
    private final AtomicInteger moAcksToLose = new AtomicInteger();
    private final Thread worker;
    private volatile boolean closed;

    OutboundQueue(String smscName, BoundSessions sessions, Duration retryInterval) {
        this.smscName = smscName;
        this.sessions = sessions;
        this.retryInterval = retryInterval;
        this.worker = Thread.ofVirtual().name("smsc-" + smscName + "-outbound").start(this::run);
    }

    /** Queues a deliver_sm to be sent after {@code delay}. */
    void add(OutboundSm sm, Duration delay) {
        outstanding.incrementAndGet();
        queue.add(new Due(sm, System.nanoTime() + delay.toNanos(), 1));
    }

    /** A receiver became ready (see {@link BoundSessions}): everything parked is due now. */
    void receiverAvailable() {
        synchronized (parked) {
            long now = System.nanoTime();
            for (Due due : parked) {
                queue.add(new Due(due.sm, now, due.attempt));
            }
            parked.clear();
        }
    }

    /** Items not yet acknowledged (waiting, parked or in flight). */
    int outstanding() {
        return outstanding.get();
    }

    /** The ESME's acknowledgements of the next {@code count} MOs count as lost (fault injection). */
    void loseNextMoAcks(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative");
        }
        moAcksToLose.set(count);
    }

    long acknowledged() {
        return acknowledged.get();
    }

    private void run() {
        while (!closed) {
            Due due;
            try {
                due = queue.take();
                window.acquire();
            } catch (InterruptedException e) {
                return;
            }
            Optional<SMPPServerSession> receiver = sessions.nextReceiver();
            if (receiver.isEmpty()) {
                window.release();
                park(due);
                continue;
            }
            senders.execute(() -> send(receiver.get(), due));
        }
    }

    private void park(Due due) {
        synchronized (parked) {
            parked.add(due);
            // A receiver may have become ready between nextReceiver() and here; don't wait for the next one.
            if (sessions.hasReadyReceiver()) {
                receiverAvailable();
            }
        }
    }

    private void send(SMPPServerSession session, Due due) {
        OutboundSm sm = due.sm;
        try {
            session.deliverShortMessage(
                    "",
                    sm.source().ton(),
                    sm.source().npi(),
                    sm.source().address(),
                    sm.destination().ton(),
                    sm.destination().npi(),
                    sm.destination().address(),
                    new ESMClass(sm.esmClass()),
                    (byte) 0,
                    (byte) 0,
                    new RegisteredDelivery(0),
                    (DataCoding) sm::dataCoding,
                    sm.shortMessage(),
                    sm.tlvs());
            if (sm.kind().equals("mo") && moAcksToLose.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                log.info(
                        "smsc={} {}={} deliver_sm_resp lost (fault injection); delivering again in {} ms",
                        smscName,
                        sm.kind(),
                        sm.reference(),
                        retryInterval.toMillis());
                queue.add(new Due(sm, System.nanoTime() + retryInterval.toNanos(), due.attempt + 1));
                return;
            }
            acknowledged.incrementAndGet();
            outstanding.decrementAndGet();
            log.debug(
                    "smsc={} {}={} delivered to session {}",
                    smscName,
                    sm.kind(),
                    sm.reference(),
                    session.getSessionId());
        } catch (Exception e) {
            if (closed) {
                return;
            }
            log.info(
                    "smsc={} {}={} deliver_sm attempt {} failed ({}); retrying in {} ms",
                    smscName,
                    sm.kind(),
                    sm.reference(),
                    due.attempt,
                    e.toString(),
                    retryInterval.toMillis());
            queue.add(new Due(sm, System.nanoTime() + retryInterval.toNanos(), due.attempt + 1));
        } finally {
            window.release();
        }
    }

    @Override
    public void close() {
        closed = true;
        worker.interrupt();
        senders.shutdownNow();
    }
}
