package io.relaypay.messaging.smpp;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jsmpp.session.SMPPSession;

/**
 * One bound session and its in-flight window. The window belongs to the session, not to the
 * channel: when a bind is lost, submits still waiting on it for their response timeout keep their
 * permits on the dead session, and the next bind starts with its whole window.
 *
 * @param session the jSMPP session
 * @param window permits for outstanding submit_sm on this session
 */
record Bind(SMPPSession session, Semaphore window) {

    private static final long POLL_MILLIS = 50;

    static Bind of(SMPPSession session, int windowSize) {
        return new Bind(session, new Semaphore(windowSize));
    }

    boolean isBound() {
        return session.getSessionState().isBound();
    }

    /**
     * Waits for a window slot while the session stays bound.
     *
     * @return false when the session left the bound state before a slot came free
     */
    boolean acquire() throws InterruptedException {
        while (!window.tryAcquire(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
            if (!isBound()) {
                return false;
            }
        }
        return true;
    }

    void release() {
        window.release();
    }
}
