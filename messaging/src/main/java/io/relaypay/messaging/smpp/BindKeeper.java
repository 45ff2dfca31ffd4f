package io.relaypay.messaging.smpp;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.SMPPSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one transceiver bind up: binds in a background thread, waits while the session is bound,
 * and binds again with exponential backoff when the bind fails or the link drops. Senders read
 * the current bound session without locking; a session that is not bound is never handed out.
 */
final class BindKeeper implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(BindKeeper.class);

    private final String name;
    private final SmppChannelConfig config;
    private final MessageReceiverListener listener;
    private final Backoff backoff;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private volatile Bind current;
    private volatile boolean closed;
    private Thread thread;

    BindKeeper(String name, SmppChannelConfig config, MessageReceiverListener listener) {
        this.name = name;
        this.config = config;
        this.listener = listener;
        this.backoff = new Backoff(config.reconnectInitialDelay(), config.reconnectMaxDelay());
    }

    void start() {
        thread = Thread.ofVirtual().name("smpp-bind-" + name).start(this::run);
    }

    /** The bind when its session is bound. */
    Optional<Bind> bound() {
        Bind bind = current;
        return bind != null && bind.isBound() ? Optional.of(bind) : Optional.empty();
    }

    @Override
    public void close() {
        closed = true;
        signal();
        if (thread != null) {
            try {
                thread.join(config.bindTimeout().plus(config.responseTimeout()).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Bind bind = current;
        current = null;
        if (bind != null) {
            bind.session().unbindAndClose();
            bind.abandon();
        }
    }

    private void run() {
        int attempt = 0;
        while (!closed) {
            SMPPSession session = newSession();
            try {
                session.connectAndBind(
                        config.host(),
                        config.port(),
                        bindParameter(),
                        config.bindTimeout().toMillis());
                Bind bind = new Bind(session, config.windowSize());
                current = bind;
                attempt = 0;
                log.info(
                        "SMPP bound channel={} smsc={}:{} system-id={}",
                        name,
                        config.host(),
                        config.port(),
                        config.systemId());
                awaitUnbound(session);
                if (closed) {
                    return;
                }
                current = null;
                bind.abandon();
                session.close();
                log.warn("SMPP bind lost channel={}; binding again", name);
            } catch (IOException e) {
                session.close();
                log.warn(
                        "SMPP bind failed channel={} smsc={}:{} attempt={}: {}",
                        name,
                        config.host(),
                        config.port(),
                        attempt + 1,
                        e.getMessage());
            } catch (RuntimeException e) {
                // A bug or a library surprise must not end the loop: the channel would never bind again.
                current = null;
                session.close();
                log.error("SMPP bind loop error channel={}; binding again", name, e);
            }
            pause(backoff.delay(attempt++, ThreadLocalRandom.current()).toNanos());
        }
    }

    private SMPPSession newSession() {
        var session = new SMPPSession();
        session.setEnquireLinkTimer((int) config.enquireLinkInterval().toMillis());
        session.setTransactionTimer(config.responseTimeout().toMillis());
        session.setPduProcessorDegree(config.pduProcessorDegree());
        session.setQueueCapacity(config.receiveQueueCapacity());
        session.setMessageReceiverListener(listener);
        session.addSessionStateListener((newState, oldState, source) -> signal());
        return session;
    }

    private BindParameter bindParameter() {
        return new BindParameter(
                BindType.BIND_TRX,
                config.systemId(),
                config.password(),
                config.systemType(),
                TypeOfNumber.UNKNOWN,
                NumberingPlanIndicator.UNKNOWN,
                null);
    }

    private void awaitUnbound(SMPPSession session) {
        lock.lock();
        try {
            // The state listener signals; the timed wait covers a signal that came before we waited.
            while (!closed && session.getSessionState().isBound()) {
                changed.await(1, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        } finally {
            lock.unlock();
        }
    }

    private void pause(long nanos) {
        lock.lock();
        try {
            long left = nanos;
            while (!closed && left > 0) {
                left = changed.awaitNanos(left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        } finally {
            lock.unlock();
        }
    }

    private void signal() {
        lock.lock();
        try {
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
