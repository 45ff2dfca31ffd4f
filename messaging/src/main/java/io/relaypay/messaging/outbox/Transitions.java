package io.relaypay.messaging.outbox;

import io.relaypay.messaging.MessageId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Moves one message between states: checks the transition against {@link MessageState}, updates
 * the row only if it is still in the expected state (so two nodes never both move it), and appends
 * the history entry in the same transaction.
 */
final class Transitions {

    private static final String EVENT =
            "INSERT INTO outbox_event (message_id, state, channel, detail, at) VALUES (?, ?, ?, ?, ?)";

    private Transitions() {}

    /**
     * Returns false when the message was no longer in {@code from}. {@code extraSet} adds
     * assignments ({@code "route_index = ?, last_error = ?"}) bound to {@code extraParams}.
     */
    static boolean move(
            Connection connection,
            MessageId id,
            MessageState from,
            MessageState to,
            String channel,
            String detail,
            Instant now,
            String extraSet,
            Object... extraParams)
            throws SQLException {
        from.to(to);
        String sql = "UPDATE outbox_message SET state = ?, updated_at = ?"
                + (extraSet.isEmpty() ? "" : ", " + extraSet)
                + " WHERE id = ? AND state = ?";
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            int i = 1;
            update.setString(i++, to.name());
            update.setTimestamp(i++, Timestamp.from(now));
            for (Object param : extraParams) {
                update.setObject(i++, param instanceof Instant instant ? Timestamp.from(instant) : param);
            }
            update.setObject(i++, id.value());
            update.setString(i, from.name());
            if (update.executeUpdate() != 1) {
                return false;
            }
        }
        record(connection, id, to, channel, detail, now);
        return true;
    }

    /** Appends a history entry. */
    static void record(
            Connection connection, MessageId id, MessageState state, String channel, String detail, Instant now)
            throws SQLException {
        try (PreparedStatement event = connection.prepareStatement(EVENT)) {
            event.setObject(1, id.value());
            event.setString(2, state.name());
            event.setString(3, channel);
            event.setString(4, detail == null ? null : truncate(detail));
            event.setTimestamp(5, Timestamp.from(now));
            event.executeUpdate();
        }
    }

    static String truncate(String text) {
        return text.length() <= 500 ? text : text.substring(0, 497) + "...";
    }
}
