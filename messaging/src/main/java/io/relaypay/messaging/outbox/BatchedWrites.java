package io.relaypay.messaging.outbox;

import io.relaypay.messaging.MessageId;
import io.relaypay.messaging.channel.SendResult;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The outbox's two hot paths written as JDBC batches: claiming a batch of due messages, and
 * recording a batch of acceptances. One round trip per statement kind instead of one per message
 * is what lets the outbox keep up with an SMPP bind (see docs/benchmarks.md). Both check every
 * row's update count, so the state machine holds exactly as with {@link Transitions#move}.
 */
final class BatchedWrites {

    private static final String TO_SENDING = "UPDATE outbox_message SET state = 'SENDING', updated_at = ?,"
            + " lease_owner = ?, lease_until = ?, attempts = attempts + 1, route_attempts = route_attempts + 1"
            + " WHERE id = ? AND state = 'QUEUED'";
    private static final String TO_CLAIMED = "UPDATE outbox_message SET state = 'CLAIMED', updated_at = ?,"
            + " lease_owner = ?, lease_until = ? WHERE id = ? AND state = 'QUEUED'";
    private static final String TO_SUBMITTED = "UPDATE outbox_message SET state = 'SUBMITTED', updated_at = ?,"
            + " lease_owner = NULL, lease_until = NULL, reconcile_until = NULL, last_error = NULL"
            + " WHERE id = ? AND state = ?";
    private static final String EVENT =
            "INSERT INTO outbox_event (message_id, state, channel, detail, at) VALUES (?, ?, ?, ?, ?)";
    private static final String PART = "INSERT INTO outbox_submission"
            + " (message_id, attempt, part, channel, controller_message_id, status, updated_at)"
            + " VALUES (?, ?, ?, ?, ?, 'SUBMITTED', ?)";

    /** One history entry to append. */
    record Event(MessageId id, MessageState state, String channel, String detail) {}

    /** One acceptance to record. */
    record Acceptance(StoredMessage sending, SendResult.Accepted result) {}

    private BatchedWrites() {}

    /**
     * Moves due messages (locked by the caller) out of QUEUED: plain ones to SENDING, premium ones
     * to CLAIMED. Returns them as they now are.
     */
    static List<StoredMessage> claim(
            Connection connection, List<StoredMessage> due, String node, Instant now, Duration lease)
            throws SQLException {
        var claimed = new ArrayList<StoredMessage>(due.size());
        var events = new ArrayList<Event>(due.size());
        try (PreparedStatement toSending = connection.prepareStatement(TO_SENDING);
                PreparedStatement toClaimed = connection.prepareStatement(TO_CLAIMED)) {
            var sendingRows = new ArrayList<StoredMessage>();
            var claimedRows = new ArrayList<StoredMessage>();
            for (StoredMessage message : due) {
                boolean premium = message.message().isPremium();
                PreparedStatement update = premium ? toClaimed : toSending;
                update.setTimestamp(1, Timestamp.from(now));
                update.setString(2, node);
                update.setTimestamp(3, Timestamp.from(now.plus(lease)));
                update.setObject(4, message.message().id().value());
                update.addBatch();
                (premium ? claimedRows : sendingRows).add(message);
            }
            keepUpdated(toSending.executeBatch(), sendingRows, MessageState.SENDING, claimed);
            keepUpdated(toClaimed.executeBatch(), claimedRows, MessageState.CLAIMED, claimed);
        }
        for (StoredMessage message : claimed) {
            events.add(new Event(message.message().id(), message.state(), message.channel(), "claimed by " + node));
        }
        events(connection, events, now);
        return claimed;
    }

    private static void keepUpdated(
            int[] counts, List<StoredMessage> rows, MessageState state, List<StoredMessage> out) {
        for (int i = 0; i < rows.size(); i++) {
            if (counts[i] == 1 || counts[i] == PreparedStatement.SUCCESS_NO_INFO) {
                StoredMessage m = rows.get(i);
                out.add(
                        state == MessageState.SENDING
                                ? new StoredMessage(
                                        m.message(),
                                        state,
                                        m.routes(),
                                        m.routeIndex(),
                                        m.routeAttempts() + 1,
                                        m.attempts() + 1,
                                        m.lastError(),
                                        m.createdAt(),
                                        m.updatedAt())
                                : new StoredMessage(
                                        m.message(),
                                        state,
                                        m.routes(),
                                        m.routeIndex(),
                                        m.routeAttempts(),
                                        m.attempts(),
                                        m.lastError(),
                                        m.createdAt(),
                                        m.updatedAt()));
            }
        }
    }

    /** Records acceptances: SENDING to SUBMITTED, history, one submission row per part. */
    static List<Acceptance> accept(Connection connection, List<Acceptance> acceptances, Instant now)
            throws SQLException {
        var moved = new ArrayList<Acceptance>(acceptances.size());
        List<Acceptance> late = toSubmitted(connection, acceptances, MessageState.SENDING, now, moved);
        // The answer came after the janitor gave up on the sender (lease lost while it waited):
        // the message is UNKNOWN, and this answer settles it, so it is neither lost nor resent.
        toSubmitted(connection, late, MessageState.UNKNOWN, now, moved);
        var events = new ArrayList<Event>(moved.size());
        try (PreparedStatement part = connection.prepareStatement(PART)) {
            for (Acceptance acceptance : moved) {
                StoredMessage sending = acceptance.sending();
                List<String> ids = acceptance.result().controllerMessageIds();
                addParts(part, sending, ids, now);
                events.add(new Event(
                        sending.message().id(),
                        MessageState.SUBMITTED,
                        sending.channel(),
                        "accepted as " + String.join(",", ids)));
            }
            part.executeBatch();
        }
        events(connection, events, now);
        return moved;
    }

    /** Inserts one submission row per controller id, in part order. */
    static void parts(Connection connection, StoredMessage sending, List<String> ids, Instant now) throws SQLException {
        try (PreparedStatement part = connection.prepareStatement(PART)) {
            addParts(part, sending, ids, now);
            part.executeBatch();
        }
    }

    private static void addParts(PreparedStatement part, StoredMessage sending, List<String> ids, Instant now)
            throws SQLException {
        for (int i = 0; i < ids.size(); i++) {
            part.setObject(1, sending.message().id().value());
            part.setInt(2, sending.attempts());
            part.setInt(3, i);
            part.setString(4, sending.channel());
            part.setString(5, ids.get(i));
            part.setTimestamp(6, Timestamp.from(now));
            part.addBatch();
        }
    }

    /** Moves rows in {@code from} to SUBMITTED; adds the moved to {@code moved}, returns the rest. */
    private static List<Acceptance> toSubmitted(
            Connection connection, List<Acceptance> acceptances, MessageState from, Instant now, List<Acceptance> moved)
            throws SQLException {
        var rest = new ArrayList<Acceptance>();
        if (acceptances.isEmpty()) {
            return rest;
        }
        try (PreparedStatement update = connection.prepareStatement(TO_SUBMITTED)) {
            for (Acceptance acceptance : acceptances) {
                update.setTimestamp(1, Timestamp.from(now));
                update.setObject(2, acceptance.sending().message().id().value());
                update.setString(3, from.name());
                update.addBatch();
            }
            int[] counts = update.executeBatch();
            for (int i = 0; i < acceptances.size(); i++) {
                boolean updated = counts[i] == 1 || counts[i] == PreparedStatement.SUCCESS_NO_INFO;
                (updated ? moved : rest).add(acceptances.get(i));
            }
        }
        return rest;
    }

    static void events(Connection connection, List<Event> events, Instant now) throws SQLException {
        if (events.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(EVENT)) {
            for (Event event : events) {
                insert.setObject(1, event.id().value());
                insert.setString(2, event.state().name());
                insert.setString(3, event.channel());
                insert.setString(4, Transitions.truncate(event.detail()));
                insert.setTimestamp(5, Timestamp.from(now));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
