package io.relaypay.messaging.outbox;

import io.relaypay.messaging.OutboundMessage;
import io.relaypay.messaging.channel.Channel;
import io.relaypay.messaging.channel.ChannelHealth;
import io.relaypay.messaging.channel.SendResult;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * A channel that records what it is given and answers from a script: the next scripted answer, or
 * an acceptance with a fresh controller id once the script is used up.
 */
final class RecordingChannel implements Channel {
    private final String name;
    private final Deque<Function<OutboundMessage, SendResult>> script = new ArrayDeque<>();
    private final List<OutboundMessage> sent = new ArrayList<>();
    private final AtomicLong ids = new AtomicLong(1000);

    RecordingChannel(String name) {
        this.name = name;
    }

    synchronized RecordingChannel thenAnswer(SendResult result) {
        script.add(message -> result);
        return this;
    }

    synchronized RecordingChannel thenThrow(RuntimeException failure) {
        script.add(message -> {
            throw failure;
        });
        return this;
    }

    synchronized List<OutboundMessage> sent() {
        return List.copyOf(sent);
    }

    String lastControllerId() {
        return name + "-" + ids.get();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void start() {}

    @Override
    public SendResult send(OutboundMessage message) {
        Function<OutboundMessage, SendResult> answer;
        synchronized (this) {
            sent.add(message);
            answer = script.poll();
        }
        return answer != null
                ? answer.apply(message)
                : new SendResult.Accepted(List.of(name + "-" + ids.incrementAndGet()));
    }

    @Override
    public ChannelHealth health() {
        return new ChannelHealth(true, 0, 0, 0);
    }

    @Override
    public void close() {}
}
