package io.relaypay.simulator.smsc;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsmpp.session.SMPPServerSession;

/**
 * The sessions currently bound to one SMSC, and which of them may be sent deliver_sm yet.
 *
 * <p>jSMPP's server marks a session bound just before it writes the bind_resp, and an ESME may
 * still be handling that bind_resp when a deliver_sm arrives; jSMPP's client then refuses it with
 * {@code ESME_RINVBNDSTS}. So a bound session becomes <em>ready</em> only once the ESME has sent a
 * request after its bind (it must have seen the bind_resp) or the SMSC's settle delay has passed,
 * whichever is first.
 */
final class BoundSessions {

    private final List<SMPPServerSession> sessions = new CopyOnWriteArrayList<>();
    private final Set<SMPPServerSession> ready = ConcurrentHashMap.newKeySet();
    private final AtomicInteger turn = new AtomicInteger();

    void add(SMPPServerSession session) {
        if (!sessions.contains(session)) {
            sessions.add(session);
        }
    }

    /**
     * Marks a bound session ready for deliver_sm.
     *
     * @return whether it was bound and not ready before, i.e. whether waiting items may go now
     */
    boolean markReady(SMPPServerSession session) {
        return sessions.contains(session) && ready.add(session);
    }

    void remove(SMPPServerSession session) {
        sessions.remove(session);
        ready.remove(session);
    }

    int count() {
        return sessions.size();
    }

    List<SMPPServerSession> all() {
        return List.copyOf(sessions);
    }

    /** A ready session bound as receiver or transceiver, taking turns among them. */
    Optional<SMPPServerSession> nextReceiver() {
        List<SMPPServerSession> receivers =
                sessions.stream().filter(this::readyReceiver).toList();
        if (receivers.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(receivers.get(Math.floorMod(turn.getAndIncrement(), receivers.size())));
    }

    /** Whether a session is bound as receiver or transceiver, ready or not (for MO routing). */
    boolean hasReceiver() {
        return sessions.stream().anyMatch(s -> s.getSessionState().isReceivable());
    }

    /** Whether {@link #nextReceiver()} would find one. */
    boolean hasReadyReceiver() {
        return sessions.stream().anyMatch(this::readyReceiver);
    }

    private boolean readyReceiver(SMPPServerSession session) {
        return ready.contains(session) && session.getSessionState().isReceivable();
    }
}
