package io.relaypay.messaging.smpp;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsmpp.session.SMPPSession;

/**
 * One bound session, its in-flight window and the submits waiting on it.
 *
 * <p>The window belongs to the session, not to the channel, so the next bind starts with its whole
 * window whatever happened to the last one. When the session is lost, {@link #abandon} interrupts
 * the threads still waiting for a submit_sm_resp: jSMPP's {@code PendingResponse.waitDone} turns
 * the interrupt into a {@code ResponseTimeoutException} at once, so they report an unknown outcome
 * now rather than after the response timeout. {@link #exit} clears that interrupt again, so the
 * caller's thread never sees it.
 */
final class Bind {

    private static final long POLL_MILLIS = 50;
    private static final int RUNNING = 0;
    private static final int DONE = 1;
    private static final int INTERRUPTING = 2;
    private static final int INTERRUPTED = 3;

    /** One thread's submit on this session. */
    static final class Call {
        private final Thread thread = Thread.currentThread();
        private final AtomicInteger state = new AtomicInteger(RUNNING);
    }

    private final SMPPSession session;
    private final Semaphore window;
    private final int windowSize;
    private final Set<Call> calls = ConcurrentHashMap.newKeySet();
    private volatile boolean abandoned;

    Bind(SMPPSession session, int windowSize) {
        this.session = session;
        this.windowSize = windowSize;
        this.window = new Semaphore(windowSize);
    }

    SMPPSession session() {
        return session;
    }

    boolean isBound() {
        return !abandoned && session.getSessionState().isBound();
    }

    /** Submits sent on this session and not yet answered. */
    int inFlight() {
        return windowSize - window.availablePermits();
    }

    /** True once the session was lost while this bind was current. */
    boolean abandoned() {
        return abandoned;
    }

    /**
     * Waits for a window slot while the session stays bound and registers the calling thread.
     *
     * @return the call to pass to {@link #exit}, or null when the session left the bound state first
     */
    Call enter() throws InterruptedException {
        while (!window.tryAcquire(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
            if (!isBound()) {
                return null;
            }
        }
        var call = new Call();
        calls.add(call);
        if (abandoned) {
            // abandon() may have run before the call was registered; nothing was sent yet.
            exit(call);
            return null;
        }
        return call;
    }

    /** Ends a call from {@link #enter}: frees its slot and clears an interrupt {@link #abandon} sent. */
    void exit(Call call) {
        if (!call.state.compareAndSet(RUNNING, DONE)) {
            while (call.state.get() != INTERRUPTED) {
                Thread.onSpinWait();
            }
            Thread.interrupted();
        }
        calls.remove(call);
        window.release();
    }

    /** The session is gone: wakes every thread still waiting on it. */
    void abandon() {
        abandoned = true;
        for (Call call : calls) {
            if (call.state.compareAndSet(RUNNING, INTERRUPTING)) {
                call.thread.interrupt();
                call.state.set(INTERRUPTED);
            }
        }
    }
}
