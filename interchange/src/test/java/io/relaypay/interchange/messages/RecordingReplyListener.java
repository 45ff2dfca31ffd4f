package io.relaypay.interchange.messages;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.springframework.core.Ordered;

/**
 * A reply listener that records every reply it is asked about and takes those {@code takes}
 * accepts; when {@code flaky}, texts starting with {@code FLAKY} make it throw the first time, as a
 * listener whose database is briefly away would.
 */
final class RecordingReplyListener implements ReplyListener, Ordered {

    private final int order;
    private final Predicate<Reply> takes;
    private final List<Reply> asked = new CopyOnWriteArrayList<>();
    private final AtomicInteger failures = new AtomicInteger();

    private final boolean flaky;

    RecordingReplyListener(int order, Predicate<Reply> takes, boolean flaky) {
        this.order = order;
        this.takes = takes;
        this.flaky = flaky;
    }

    @Override
    public boolean onReply(Reply reply) {
        asked.add(reply);
        if (flaky && reply.text().startsWith("FLAKY") && failures.getAndIncrement() == 0) {
            throw new IllegalStateException("listener unavailable");
        }
        return takes.test(reply);
    }

    @Override
    public int getOrder() {
        return order;
    }

    List<Reply> asked() {
        return List.copyOf(asked);
    }

    List<Reply> asked(String text) {
        return asked.stream().filter(r -> r.text().equals(text)).toList();
    }
}
