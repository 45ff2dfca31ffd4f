package io.relaypay.messaging.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * An idle dispatcher polling once an hour still sends a message its outbox stored at once: the
 * store rings when the message is committed, in its own transaction or in the caller's.
 */
class DispatcherDoorbellTest {

    private final JdbcDataSource dataSource = new JdbcDataSource();
    private final RecordingChannel north = new RecordingChannel("north");
    private final Clock clock = Clock.systemUTC();

    DispatcherDoorbellTest() {
        dataSource.setURL("jdbc:h2:mem:doorbell-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    private static OutboxSettings pollingHourly() {
        OutboxSettings d = OutboxSettings.defaults("doorbell");
        return new OutboxSettings(
                d.node(),
                d.batchSize(),
                d.concurrency(),
                d.lease(),
                d.reconcileWindow(),
                d.receiptDeadline(),
                d.maxAttemptsPerRoute(),
                d.firstBackoff(),
                d.maxBackoff(),
                Duration.ofHours(1));
    }

    @Test
    void messagesStoredWhileTheDispatcherIdlesAreSentWithoutWaitingForThePoll() {
        Outbox outbox = Outbox.open(dataSource, clock);
        try (OutboxDispatcher dispatcher = new OutboxDispatcher(outbox, Map.of("north", north), pollingHourly())) {
            dispatcher.start();
            // The second message surely finds the dispatcher idle after its first claim.
            for (int sent = 1; sent <= 2; sent++) {
                outbox.accept(Messages.notification(clock.instant()), List.of("north"));
                int expected = sent;
                await().atMost(Duration.ofSeconds(20)).until(() -> north.sent().size() == expected);
            }
        }
    }

    @Test
    void aMessageStoredInTheCallersTransactionRingsOnlyWhenThatCommits() throws Exception {
        Outbox.open(dataSource, clock); // migrates
        List<Runnable> onCommit = new ArrayList<>();
        try (Connection callers = dataSource.getConnection()) {
            callers.setAutoCommit(false);
            Thread caller = Thread.currentThread();
            // Only the caller's thread is in the caller's transaction, as with a thread-bound join.
            OutboxTransactionJoin join = new OutboxTransactionJoin() {
                @Override
                public Optional<Connection> current() {
                    return Thread.currentThread() == caller ? Optional.of(callers) : Optional.empty();
                }

                @Override
                public void afterCommit(Runnable action) {
                    onCommit.add(action);
                }
            };
            Outbox outbox = Outbox.open(dataSource, clock, join);
            try (OutboxDispatcher dispatcher = new OutboxDispatcher(outbox, Map.of("north", north), pollingHourly())) {
                dispatcher.start();

                outbox.accept(Messages.notification(clock.instant()), List.of("north"));
                assertThat(onCommit)
                        .as("the ring waits for the caller's commit")
                        .hasSize(1);
                callers.commit();
                onCommit.forEach(Runnable::run);

                await().atMost(Duration.ofSeconds(20)).until(() -> north.sent().size() == 1);
            }
        }
    }
}
