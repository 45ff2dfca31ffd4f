package io.relaypay.messaging.outbox;

import static io.relaypay.messaging.outbox.Messages.about;
import static io.relaypay.messaging.outbox.Messages.notification;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relaypay.messaging.MessageId;
import io.relaypay.messaging.OutboundMessage;
import io.relaypay.testkit.TestClock;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A message's subject (the business object it is about), run against each database the outbox
 * supports: stored with the message, indexed, and filled for rows stored before the column existed.
 */
abstract class OutboxSubjectSpec {

    private final TestClock clock = TestClock.standing();
    private DataSource dataSource;

    /** A database without any outbox tables yet. */
    abstract DataSource emptyDatabase() throws SQLException;

    @BeforeEach
    void emptyTheDatabase() throws SQLException {
        dataSource = emptyDatabase();
    }

    @Test
    void aMessagesSubjectIsStoredWithIt() {
        Outbox outbox = Outbox.open(dataSource, clock);
        OutboundMessage about = about("pay_123", clock.instant());
        OutboundMessage unrelated = notification(clock.instant());
        outbox.accept(about, List.of("north"));
        outbox.accept(unrelated, List.of("north"));

        assertThat(outbox.status(about.id()).orElseThrow().message().subject()).contains("pay_123");
        assertThat(outbox.status(unrelated.id()).orElseThrow().message().subject())
                .isEmpty();
    }

    @Test
    void aSubjectFindsExactlyItsMessages() throws SQLException {
        Outbox outbox = Outbox.open(dataSource, clock);
        OutboundMessage confirmation = about("pay_123", clock.instant());
        OutboundMessage completion = about("pay_123", clock.instant());
        outbox.accept(confirmation, List.of("north"));
        outbox.accept(completion, List.of("north"));
        outbox.accept(about("pay_456", clock.instant()), List.of("north"));
        outbox.accept(notification(clock.instant()), List.of("north"));

        assertThat(idsWithSubject("pay_123"))
                .containsExactlyInAnyOrder(
                        confirmation.id().value(), completion.id().value());
    }

    @Test
    void theSubjectIsIndexed() throws SQLException {
        OutboxSchema.migrate(dataSource);

        assertThat(indexedColumns("outbox_message_subject")).containsExactly("subject");
    }

    @Test
    void reusingAnIdForAnotherSubjectIsRefused() {
        Outbox outbox = Outbox.open(dataSource, clock);
        OutboundMessage message = about("pay_123", clock.instant());
        outbox.accept(message, List.of("north"));
        OutboundMessage moved = OutboundMessage.to(message.recipient())
                .id(message.id())
                .from(message.sender())
                .text(message.text())
                .subject("pay_456")
                .build(clock.instant());

        assertThatThrownBy(() -> outbox.accept(moved, List.of("north"))).isInstanceOf(DuplicateMessageException.class);
    }

    @Test
    void migratingFromVersion2TakesTheSubjectFromTheCorrelationKey() throws SQLException {
        OutboxSchema.configuration(dataSource).target("2").load().migrate();
        MessageId payment = storedAtVersion2("correlation=pay_01ABC&purpose=CONFIRMATION");
        MessageId alone = storedAtVersion2("correlation=dep_01XYZ");
        MessageId otherKey = storedAtVersion2("payment=pay_123");
        MessageId tooLong = storedAtVersion2("correlation=" + "a".repeat(65) + "&purpose=NOTICE");

        Outbox outbox = Outbox.open(dataSource, clock);

        assertThat(subjectOf(outbox, payment)).contains("pay_01ABC");
        assertThat(subjectOf(outbox, alone)).contains("dep_01XYZ");
        assertThat(subjectOf(outbox, otherKey)).isEmpty();
        assertThat(subjectOf(outbox, tooLong)).isEmpty();
    }

    private static Optional<String> subjectOf(Outbox outbox, MessageId id) {
        return outbox.status(id).orElseThrow().message().subject();
    }

    /** Inserts a row as version 2 of the schema knew it, with no subject column. */
    private MessageId storedAtVersion2(String correlation) throws SQLException {
        MessageId id = MessageId.newId();
        Timestamp now = Timestamp.from(clock.instant());
        try (Connection c = dataSource.getConnection();
                PreparedStatement insert = c.prepareStatement("INSERT INTO outbox_message (id, sender_type, sender,"
                        + " recipient, body, kind, service_type, valid_until, correlation, routes, route_index,"
                        + " route_attempts, state, attempts, next_attempt_at, created_at, updated_at) VALUES"
                        + " (?, 'SHORT_CODE', '84444', '+4915112345671', 'Your code is 48213', 'NOTIFICATION',"
                        + " 'SMS', ?, ?, 'north', 0, 0, 'QUEUED', 0, ?, ?, ?)")) {
            insert.setObject(1, id.value());
            insert.setTimestamp(2, now);
            insert.setString(3, correlation);
            insert.setTimestamp(4, now);
            insert.setTimestamp(5, now);
            insert.setTimestamp(6, now);
            insert.executeUpdate();
            if (!c.getAutoCommit()) {
                c.commit();
            }
        }
        return id;
    }

    /** The interchange's lookup of a payment's messages, reduced to the ids. */
    private List<UUID> idsWithSubject(String subject) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement select = c.prepareStatement("SELECT id FROM outbox_message WHERE subject = ?")) {
            select.setString(1, subject);
            var ids = new ArrayList<UUID>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getObject(1, UUID.class));
                }
            }
            return ids;
        }
    }

    /** The columns of the named index on outbox_message, in lower case; H2 reports names upper-cased. */
    private List<String> indexedColumns(String index) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData metadata = c.getMetaData();
            String table = metadata.storesUpperCaseIdentifiers() ? "OUTBOX_MESSAGE" : "outbox_message";
            var columns = new ArrayList<String>();
            try (ResultSet rows = metadata.getIndexInfo(null, c.getSchema(), table, false, false)) {
                while (rows.next()) {
                    if (index.equalsIgnoreCase(rows.getString("INDEX_NAME"))) {
                        columns.add(rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                    }
                }
            }
            return columns;
        }
    }
}
