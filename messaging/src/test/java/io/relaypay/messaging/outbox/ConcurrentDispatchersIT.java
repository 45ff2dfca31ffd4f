package io.relaypay.messaging.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.relaypay.messaging.MessageId;
import io.relaypay.messaging.OutboundMessage;
import io.relaypay.messaging.PhoneNumber;
import io.relaypay.messaging.Sender;
import io.relaypay.testkit.PostgresSchema;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Several dispatchers (as on several nodes) share one PostgreSQL outbox: each message goes out once. */
class ConcurrentDispatchersIT {
    @RegisterExtension
    static final PostgresSchema db = new PostgresSchema(16);

    private static final int MESSAGES = 3_000;

    @Test
    void dispatchersOnOneDatabaseSendEveryMessageExactlyOnce() {
        Outbox outbox = Outbox.open(db.dataSource(), Clock.systemUTC());
        var channels =
                List.of(new RecordingChannel("north"), new RecordingChannel("north"), new RecordingChannel("north"));
        var dispatchers = channels.stream()
                .map(channel -> new OutboxDispatcher(
                        Outbox.open(db.dataSource(), Clock.systemUTC()),
                        Map.of("north", channel),
                        OutboxSettings.defaults("node-" + System.identityHashCode(channel))))
                .toList();
        dispatchers.forEach(OutboxDispatcher::start);
        var janitor = new OutboxJanitor(outbox, OutboxSettings.defaults("janitor"));
        try {
            for (int i = 0; i < MESSAGES; i++) {
                outbox.accept(message(i), List.of("north"));
                if (i % 500 == 0) {
                    janitor.runOnce();
                }
            }
            await().atMost(Duration.ofMinutes(2)).until(() -> outbox.count(MessageState.SUBMITTED) == MESSAGES);
        } finally {
            dispatchers.forEach(OutboxDispatcher::close);
        }

        List<MessageId> sent = channels.stream()
                .flatMap(channel -> channel.sent().stream())
                .map(OutboundMessage::id)
                .toList();
        Set<MessageId> distinct = new HashSet<>(sent);
        assertThat(sent).hasSize(MESSAGES);
        assertThat(distinct).hasSize(MESSAGES);
        assertThat(channels.stream().filter(channel -> !channel.sent().isEmpty()))
                .hasSizeGreaterThan(1);
        assertThat(Stream.of(MessageState.values())
                        .filter(s -> s != MessageState.SUBMITTED)
                        .mapToLong(outbox::count))
                .allMatch(count -> count == 0);
    }

    private static OutboundMessage message(int i) {
        return OutboundMessage.to(PhoneNumber.of("+4915112345671"))
                .from(new Sender.ShortCode("84444"))
                .text("message " + i)
                .build(Clock.systemUTC().instant());
    }
}
