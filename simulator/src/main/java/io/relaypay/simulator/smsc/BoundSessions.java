package io.relaypay.simulator.smsc;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsmpp.session.SMPPServerSession;

/** The sessions currently bound to one SMSC. */
final class BoundSessions {

    private final List<SMPPServerSession> sessions = new CopyOnWriteArrayList<>();
    private final AtomicInteger turn = new AtomicInteger();

    void add(SMPPServerSession session) {
        if (!sessions.contains(session)) {
            sessions.add(session);
        }
    }

    void remove(SMPPServerSession session) {
        sessions.remove(session);
    }

    int count() {
        return sessions.size();
    }

    List<SMPPServerSession> all() {
        return List.copyOf(sessions);
    }

    /** A session bound as receiver or transceiver, taking turns among them. */
    Optional<SMPPServerSession> nextReceiver() {
        List<SMPPServerSession> receivers = sessions.stream()
                .filter(s -> s.getSessionState().isReceivable())
                .toList();
        if (receivers.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(receivers.get(Math.floorMod(turn.getAndIncrement(), receivers.size())));
    }

    boolean hasReceiver() {
        return sessions.stream().anyMatch(s -> s.getSessionState().isReceivable());
    }
}
