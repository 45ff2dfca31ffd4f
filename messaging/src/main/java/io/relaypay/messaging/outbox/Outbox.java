package io.relaypay.messaging.outbox;

import io.relaypay.messaging.InboundEvent.DeliveryReport;
import io.relaypay.messaging.MessageId;
import io.relaypay.messaging.OutboundMessage;
import io.relaypay.messaging.outbox.MessageStatus.SubmittedPart;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The durable outbox: a message is stored here before any controller sees it, and its state and
 * history can be looked up at any time. {@link OutboxDispatcher} sends what is stored; {@link
 * OutboxJanitor} settles messages stuck in a waiting state.
 */
public final class Outbox {

    private static final String FINAL_STATES = Arrays.stream(MessageState.values())
            .filter(MessageState::isFinal)
            .map(state -> "'" + state.name() + "'")
            .collect(Collectors.joining(","));

    private final OutboxStore store;

    private Outbox(DataSource dataSource, Clock clock, OutboxTransactionJoin join) {
        this.store = new OutboxStore(dataSource, clock, join);
    }

    /** Migrates the outbox tables in the data source's schema and opens the outbox. */
    public static Outbox open(DataSource dataSource, Clock clock) {
        return open(dataSource, clock, OutboxTransactionJoin.NONE);
    }

    /**
     * Migrates the outbox tables and opens the outbox; a message accepted while {@code join} finds
     * the caller's transaction is stored in that transaction.
     */
    public static Outbox open(DataSource dataSource, Clock clock, OutboxTransactionJoin join) {
        Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(join, "join");
        OutboxSchema.migrate(dataSource);
        return new Outbox(dataSource, clock, join);
    }

    /**
     * Stores a message to be sent over {@code routes} (channel names, cheapest first). Accepting
     * the same message again is harmless and returns its status; the same id with different
     * content throws {@link DuplicateMessageException}.
     */
    public MessageStatus accept(OutboundMessage message, List<String> routes) {
        Objects.requireNonNull(message, "message");
        if (routes.isEmpty() || routes.stream().anyMatch(r -> r.isBlank() || r.contains(","))) {
            throw new IllegalArgumentException("routes must be one or more channel names without commas");
        }
        StoredMessage stored = store.insert(message, List.copyOf(routes));
        if (stored.attempts() > 0) {
            return status(message.id()).orElseThrow();
        }
        return new MessageStatus(
                stored.message(),
                stored.state(),
                stored.routes(),
                stored.routeIndex(),
                0,
                List.of(),
                stored.lastError(),
                stored.createdAt(),
                stored.updatedAt());
    }

    /** The message's current state, or empty when no such message was accepted. */
    public Optional<MessageStatus> status(MessageId id) {
        return store.transactions().inTransaction(connection -> {
            Optional<StoredMessage> stored = OutboxStore.find(connection, id, false);
            if (stored.isEmpty()) {
                return Optional.empty();
            }
            var parts = new ArrayList<SubmittedPart>();
            try (PreparedStatement select = connection.prepareStatement("SELECT attempt, part, channel,"
                    + " controller_message_id, status FROM outbox_submission WHERE message_id = ?"
                    + " ORDER BY attempt, part")) {
                select.setObject(1, id.value());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        parts.add(new SubmittedPart(
                                rows.getInt(1),
                                rows.getInt(2),
                                rows.getString(3),
                                rows.getString(4),
                                rows.getString(5)));
                    }
                }
            }
            StoredMessage m = stored.get();
            return Optional.of(new MessageStatus(
                    m.message(),
                    m.state(),
                    m.routes(),
                    m.routeIndex(),
                    m.attempts(),
                    parts,
                    m.lastError(),
                    m.createdAt(),
                    m.updatedAt()));
        });
    }

    /** Every state the message went through, oldest first; empty for an unknown id. */
    public List<MessageEvent> history(MessageId id) {
        return store.transactions().inTransaction(connection -> {
            var events = new ArrayList<MessageEvent>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT state, channel, detail, at FROM outbox_event WHERE message_id = ? ORDER BY seq")) {
                select.setObject(1, id.value());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        events.add(new MessageEvent(
                                MessageState.valueOf(rows.getString(1)),
                                Optional.ofNullable(rows.getString(2)),
                                Optional.ofNullable(rows.getString(3)),
                                rows.getTimestamp(4).toInstant()));
                    }
                }
            }
            return events;
        });
    }

    /** Counts messages per state, for health pages and tests. */
    public long count(MessageState state) {
        return store.transactions().inTransaction(connection -> {
            try (PreparedStatement select =
                    connection.prepareStatement("SELECT COUNT(*) FROM outbox_message WHERE state = ?")) {
                select.setString(1, state.name());
                try (ResultSet rows = select.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        });
    }

    /** Stores a delivery report and moves its message when the report settles it. */
    public void record(DeliveryReport report) {
        Objects.requireNonNull(report, "report");
        Instant now = store.clock().instant();
        store.transactions().inTransaction(connection -> {
            store.receipts().record(connection, report, now);
            return null;
        });
    }

    OutboxStore store() {
        return store;
    }

    /**
     * Deletes up to {@code limit} messages that reached a final state before {@code before}, with
     * their submissions, receipts and history; returns how many messages went. Messages still in
     * flight are never touched, however old.
     */
    public int purgeFinished(Instant before, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
        return store.transactions().inTransaction(connection -> {
            List<UUID> ids = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT id FROM outbox_message"
                    + " WHERE updated_at < ? AND state IN (" + FINAL_STATES + ") FETCH FIRST ? ROWS ONLY")) {
                select.setTimestamp(1, Timestamp.from(before));
                select.setInt(2, limit);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getObject(1, UUID.class));
                    }
                }
            }
            for (String table : List.of("outbox_event", "outbox_submission", "outbox_receipt")) {
                try (PreparedStatement delete =
                        connection.prepareStatement("DELETE FROM " + table + " WHERE message_id = ?")) {
                    for (UUID id : ids) {
                        delete.setObject(1, id);
                        delete.addBatch();
                    }
                    delete.executeBatch();
                }
            }
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM outbox_message WHERE id = ?")) {
                for (UUID id : ids) {
                    delete.setObject(1, id);
                    delete.addBatch();
                }
                delete.executeBatch();
            }
            return ids.size();
        });
    }
}
