package io.relaypay.interchange.support.ports;

import io.relaypay.interchange.payments.Payment;
import io.relaypay.interchange.payments.PaymentFunding;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@link PaymentFunding} that pays every payment unless a test queued other outcomes for it, and
 * counts the calls per payment (to prove money moves once).
 */
public final class ScriptedFunding implements PaymentFunding {

    private final Map<String, Queue<Outcome>> scripted = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

    @Override
    public Outcome settle(Payment payment) {
        calls.computeIfAbsent(payment.id(), id -> new AtomicInteger()).incrementAndGet();
        Queue<Outcome> queue = scripted.get(payment.id());
        Outcome next = queue == null ? null : queue.poll();
        return next == null ? new Outcome.Paid() : next;
    }

    /** The next calls for {@code paymentId} answer {@code outcomes} in turn, then Paid. */
    public void script(String paymentId, Outcome... outcomes) {
        scripted.computeIfAbsent(paymentId, id -> new ConcurrentLinkedQueue<>()).addAll(java.util.List.of(outcomes));
    }

    /** How often {@code paymentId} was settled. */
    public int calls(String paymentId) {
        AtomicInteger count = calls.get(paymentId);
        return count == null ? 0 : count.get();
    }
}
