package io.relaypay.interchange.support.ports;

import io.relaypay.interchange.messages.MessageSender;
import io.relaypay.interchange.messages.PhoneMessage;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** A {@link MessageSender} that keeps what it is asked to send, so tests can read the texts. */
public final class RecordingMessageSender implements MessageSender {

    /**
     * A message as accepted.
     *
     * @param id the id returned
     * @param message what was sent
     */
    public record Sent(String id, PhoneMessage message) {}

    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private final Set<String> unreachable = ConcurrentHashMap.newKeySet();
    private final AtomicLong ids = new AtomicLong();

    @Override
    public String send(PhoneMessage message) {
        if (unreachable.contains(message.phoneNumber())) {
            throw new NoRouteException("no route to " + message.phoneNumber() + " (test)");
        }
        String id = "msg_test_" + ids.incrementAndGet();
        sent.add(new Sent(id, message));
        return id;
    }

    /** Makes every message to {@code phoneNumber} fail with no route. */
    public void unreachable(String phoneNumber) {
        unreachable.add(phoneNumber);
    }

    /** What was sent to {@code phoneNumber}, oldest first. */
    public List<PhoneMessage> to(String phoneNumber) {
        return sent.stream()
                .map(Sent::message)
                .filter(m -> m.phoneNumber().equals(phoneNumber))
                .toList();
    }

    /** What was sent for {@code correlationId} with {@code purpose}, oldest first. */
    public List<PhoneMessage> about(String correlationId, PhoneMessage.Purpose purpose) {
        return sent.stream()
                .map(Sent::message)
                .filter(m -> m.correlationId().equals(correlationId) && m.purpose() == purpose)
                .toList();
    }
}
