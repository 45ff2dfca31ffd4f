package io.relaypay.messaging.outbox;

import io.relaypay.messaging.DeliveryStatus;
import io.relaypay.messaging.InboundEvent.DeliveryReport;
import io.relaypay.messaging.MessageId;
import io.relaypay.messaging.PhoneNumber;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Stores every delivery report and ties it to the message part it is about: by the controller's
 * id, or, when a crash lost the controller's answer, by the echoed client reference and the
 * recipient. A report that arrives before its submission is recorded stays unmatched until the
 * submission is recorded or the janitor sweeps it.
 */
final class ReceiptBook {

    private static final String INSERT = "INSERT INTO outbox_receipt (channel, controller_message_id, recipient,"
            + " client_reference, status, error_code, received_at) VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final String FIND_PART = "SELECT message_id, attempt, part FROM outbox_submission"
            + " WHERE channel = ? AND controller_message_id = ? ORDER BY attempt DESC FETCH FIRST 1 ROWS ONLY";
    private static final String UNMATCHED_FOR = "SELECT id, channel, controller_message_id, recipient,"
            + " client_reference, status FROM outbox_receipt WHERE message_id IS NULL AND channel = ?";
    private static final String UNKNOWN_TO =
            "SELECT " + MessageRows.COLUMNS + " FROM outbox_message" + " WHERE state = 'UNKNOWN' AND recipient = ?";

    /** One stored report not yet tied to a message. */
    record Receipt(
            long id,
            String channel,
            String controllerMessageId,
            Optional<String> recipient,
            Optional<String> clientReference,
            DeliveryStatus status) {}

    /** Stores a report and applies it when its message is known. */
    void record(Connection connection, DeliveryReport report, Instant now) throws SQLException {
        long id;
        try (PreparedStatement insert = connection.prepareStatement(INSERT, new String[] {"id"})) {
            insert.setString(1, report.channel());
            insert.setString(2, report.controllerMessageId());
            insert.setString(3, report.recipient().map(PhoneNumber::e164).orElse(null));
            insert.setString(4, report.clientReference().orElse(null));
            insert.setString(5, report.status().name());
            insert.setString(6, report.errorCode().orElse(null));
            insert.setTimestamp(7, Timestamp.from(report.receivedAt()));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        match(
                connection,
                new Receipt(
                        id,
                        report.channel(),
                        report.controllerMessageId(),
                        report.recipient().map(PhoneNumber::e164),
                        report.clientReference(),
                        report.status()),
                now);
    }

    /** Ties one unmatched receipt to its message if it can; returns whether it did. */
    boolean match(Connection connection, Receipt receipt, Instant now) throws SQLException {
        try (PreparedStatement find = connection.prepareStatement(FIND_PART)) {
            find.setString(1, receipt.channel());
            find.setString(2, receipt.controllerMessageId());
            try (ResultSet part = find.executeQuery()) {
                if (part.next()) {
                    apply(
                            connection,
                            receipt,
                            new MessageId(part.getObject(1, UUID.class)),
                            part.getInt(2),
                            part.getInt(3),
                            now);
                    return true;
                }
            }
        }
        if (receipt.recipient().isEmpty() || receipt.clientReference().isEmpty()) {
            return false;
        }
        for (StoredMessage unknown :
                unknownMessagesTo(connection, receipt.recipient().get())) {
            if (unknown.channel().equals(receipt.channel())
                    && refersTo(receipt, unknown.message().id())) {
                attach(connection, receipt, unknown, now);
                return true;
            }
        }
        return false;
    }

    /** After a submission is recorded: applies reports that overtook it. */
    void matchRecorded(Connection connection, StoredMessage message, List<String> controllerIds, Instant now)
            throws SQLException {
        if (controllerIds.isEmpty()) {
            return;
        }
        String placeholders = String.join(", ", java.util.Collections.nCopies(controllerIds.size(), "?"));
        var found = new ArrayList<Receipt>();
        try (PreparedStatement select =
                connection.prepareStatement(UNMATCHED_FOR + " AND controller_message_id IN (" + placeholders + ")")) {
            select.setString(1, message.channel());
            for (int i = 0; i < controllerIds.size(); i++) {
                select.setString(i + 2, controllerIds.get(i));
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(read(rows));
                }
            }
        }
        for (Receipt receipt : found) {
            match(connection, receipt, now);
        }
    }

    /**
     * After a batch of acceptances is recorded: applies reports that overtook any of them, with one
     * query per few hundred ids (usually finding nothing).
     */
    void matchRecorded(Connection connection, List<BatchedWrites.Acceptance> acceptances, Instant now)
            throws SQLException {
        var ids = new ArrayList<String>();
        acceptances.forEach(a -> ids.addAll(a.result().controllerMessageIds()));
        for (int from = 0; from < ids.size(); from += 500) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            String placeholders = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
            var found = new ArrayList<Receipt>();
            try (PreparedStatement select = connection.prepareStatement("SELECT id, channel,"
                    + " controller_message_id, recipient, client_reference, status FROM outbox_receipt"
                    + " WHERE message_id IS NULL AND controller_message_id IN (" + placeholders + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    select.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        found.add(read(rows));
                    }
                }
            }
            for (Receipt receipt : found) {
                match(connection, receipt, now);
            }
        }
    }

    /** For a message whose outcome is unknown: applies reports that carry its reference. */
    void matchByReference(Connection connection, StoredMessage message, Instant now) throws SQLException {
        var found = new ArrayList<Receipt>();
        try (PreparedStatement select = connection.prepareStatement(UNMATCHED_FOR + " AND recipient = ?")) {
            select.setString(1, message.channel());
            select.setString(2, message.message().recipient().e164());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(read(rows));
                }
            }
        }
        for (Receipt receipt : found) {
            if (refersTo(receipt, message.message().id())) {
                attach(connection, receipt, message, now);
            }
        }
    }

    static Receipt read(ResultSet row) throws SQLException {
        return new Receipt(
                row.getLong("id"),
                row.getString("channel"),
                row.getString("controller_message_id"),
                Optional.ofNullable(row.getString("recipient")),
                Optional.ofNullable(row.getString("client_reference")),
                DeliveryStatus.valueOf(row.getString("status")));
    }

    private static boolean refersTo(Receipt receipt, MessageId id) {
        String reference = receipt.clientReference().orElse("");
        return reference.equals(Integer.toString(id.shortReference())) || reference.equals(id.toString());
    }

    private static List<StoredMessage> unknownMessagesTo(Connection connection, String recipient) throws SQLException {
        var found = new ArrayList<StoredMessage>();
        try (PreparedStatement select = connection.prepareStatement(UNKNOWN_TO)) {
            select.setString(1, recipient);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(MessageRows.read(rows));
                }
            }
        }
        return found;
    }

    /** Records the part a reference-matched report reveals, then applies the report to it. */
    private void attach(Connection connection, Receipt receipt, StoredMessage message, Instant now)
            throws SQLException {
        try (PreparedStatement existing = connection.prepareStatement("SELECT part FROM outbox_submission"
                + " WHERE message_id = ? AND attempt = ? AND channel = ? AND controller_message_id = ?")) {
            existing.setObject(1, message.message().id().value());
            existing.setInt(2, message.attempts());
            existing.setString(3, receipt.channel());
            existing.setString(4, receipt.controllerMessageId());
            try (ResultSet rows = existing.executeQuery()) {
                if (rows.next()) {
                    // A second report (ENROUTE, then DELIVERED) about a part already revealed.
                    apply(connection, receipt, message.message().id(), message.attempts(), rows.getInt(1), now);
                    return;
                }
            }
        }
        int part;
        try (PreparedStatement count = connection.prepareStatement(
                "SELECT COUNT(*) FROM outbox_submission WHERE message_id = ? AND attempt = ?")) {
            count.setObject(1, message.message().id().value());
            count.setInt(2, message.attempts());
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                part = rows.getInt(1);
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO outbox_submission"
                + " (message_id, attempt, part, channel, controller_message_id, status, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, 'SUBMITTED', ?)")) {
            insert.setObject(1, message.message().id().value());
            insert.setInt(2, message.attempts());
            insert.setInt(3, part);
            insert.setString(4, receipt.channel());
            insert.setString(5, receipt.controllerMessageId());
            insert.setTimestamp(6, Timestamp.from(now));
            insert.executeUpdate();
        }
        apply(connection, receipt, message.message().id(), message.attempts(), part, now);
    }

    private void apply(Connection connection, Receipt receipt, MessageId id, int attempt, int part, Instant now)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE outbox_submission SET status = ?,"
                + " updated_at = ? WHERE message_id = ? AND attempt = ? AND part = ?"
                + " AND status NOT IN ('DELIVERED', 'EXPIRED', 'DELETED', 'UNDELIVERABLE', 'REJECTED')")) {
            update.setString(1, receipt.status().name());
            update.setTimestamp(2, Timestamp.from(now));
            update.setObject(3, id.value());
            update.setInt(4, attempt);
            update.setInt(5, part);
            update.executeUpdate();
        }
        try (PreparedStatement update =
                connection.prepareStatement("UPDATE outbox_receipt SET message_id = ? WHERE id = ?")) {
            update.setObject(1, id.value());
            update.setLong(2, receipt.id());
            update.executeUpdate();
        }
        settle(connection, id, attempt, receipt.channel(), now);
    }

    /** Moves the message once its parts' reports say how it ended (or that it was submitted after all). */
    private static void settle(Connection connection, MessageId id, int attempt, String channel, Instant now)
            throws SQLException {
        Optional<StoredMessage> stored = OutboxStore.find(connection, id, true);
        if (stored.isEmpty()) {
            return;
        }
        MessageState state = stored.get().state();
        if (state != MessageState.SUBMITTED && state != MessageState.UNKNOWN) {
            return;
        }
        var statuses = new ArrayList<DeliveryStatus>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT status FROM outbox_submission WHERE message_id = ? AND attempt = ?")) {
            select.setObject(1, id.value());
            select.setInt(2, attempt);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String status = rows.getString(1);
                    statuses.add(status.equals("SUBMITTED") ? DeliveryStatus.ENROUTE : DeliveryStatus.valueOf(status));
                }
            }
        }
        boolean allFinal = !statuses.isEmpty() && statuses.stream().allMatch(DeliveryStatus::isFinal);
        if (allFinal) {
            boolean delivered = statuses.stream().allMatch(DeliveryStatus::isDelivered);
            Transitions.move(
                    connection,
                    id,
                    state,
                    delivered ? MessageState.DELIVERED : MessageState.UNDELIVERED,
                    channel,
                    "delivery reports: " + statuses,
                    now,
                    "reconcile_until = NULL");
        } else if (state == MessageState.UNKNOWN) {
            Transitions.move(
                    connection,
                    id,
                    state,
                    MessageState.SUBMITTED,
                    channel,
                    "a delivery report shows it was submitted",
                    now,
                    "reconcile_until = NULL");
        }
    }
}
