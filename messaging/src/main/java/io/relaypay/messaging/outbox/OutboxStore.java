package io.relaypay.messaging.outbox;

import io.relaypay.messaging.MessageId;
import io.relaypay.messaging.OutboundMessage;
import io.relaypay.messaging.channel.SendResult;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** The outbox's rows: accepting messages, claiming due ones and recording what controllers answered. */
final class OutboxStore {

    private static final String SELECT_BY_ID = "SELECT " + MessageRows.COLUMNS + " FROM outbox_message WHERE id = ?";

    // SKIP LOCKED lets several dispatchers (threads or nodes) claim disjoint batches without waiting.
    private static final String SELECT_DUE = "SELECT " + MessageRows.COLUMNS + " FROM outbox_message"
            + " WHERE state = 'QUEUED' AND next_attempt_at <= ? AND valid_until > ? ORDER BY next_attempt_at"
            + " FETCH FIRST ? ROWS ONLY FOR UPDATE SKIP LOCKED";

    private static final String CLEAR_LEASE = "lease_owner = NULL, lease_until = NULL";

    private final OutboxTransactions transactions;
    private final ReceiptBook receipts;
    private final Clock clock;
    private final Doorbell stored = new Doorbell();

    OutboxStore(DataSource dataSource, Clock clock, OutboxTransactionJoin join) {
        this.transactions = new OutboxTransactions(dataSource, join);
        this.receipts = new ReceiptBook();
        this.clock = clock;
    }

    /** Rung when a message this store inserted is committed; its dispatcher waits on it. */
    Doorbell stored() {
        return stored;
    }

    OutboxTransactions transactions() {
        return transactions;
    }

    ReceiptBook receipts() {
        return receipts;
    }

    Clock clock() {
        return clock;
    }

    /**
     * Stores a new message, or returns the stored one when the same id was accepted with the same
     * content. New messages are the common case, so the insert goes first and a duplicate key sends
     * us to compare with what is stored.
     */
    StoredMessage insert(OutboundMessage message, List<String> routes) {
        Instant now = clock.instant();
        try {
            return transactions.inTransaction(
                    connection -> {
                        try (PreparedStatement insert = connection.prepareStatement(MessageRows.INSERT)) {
                            MessageRows.bindInsert(insert, message, routes, now);
                            insert.executeUpdate();
                        }
                        Transitions.record(connection, message.id(), MessageState.QUEUED, null, "accepted", now);
                        return new StoredMessage(
                                message, MessageState.QUEUED, routes, 0, 0, 0, Optional.empty(), now, now);
                    },
                    stored::ring);
        } catch (OutboxUnavailableException e) {
            if (!OutboxTransactions.isDuplicateKey(e)) {
                throw e;
            }
            StoredMessage existing = find(message.id()).orElseThrow(() -> e);
            if (!MessageRows.sameContent(existing, message, routes)) {
                throw new DuplicateMessageException(message.id());
            }
            return existing;
        }
    }

    Optional<StoredMessage> find(MessageId id) {
        return transactions.inTransaction(connection -> find(connection, id, false));
    }

    static Optional<StoredMessage> find(Connection connection, MessageId id, boolean lock) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT_BY_ID + (lock ? " FOR UPDATE" : ""))) {
            select.setObject(1, id.value());
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(MessageRows.read(row)) : Optional.empty();
            }
        }
    }

    /**
     * Claims up to {@code limit} due messages for this node. Plain messages go straight to
     * SENDING; premium ones to CLAIMED, and each becomes SENDING only just before its own
     * hand-over, so a crash leaves unsent premium messages safely re-sendable.
     */
    List<StoredMessage> claim(String node, int limit, Duration lease) {
        Instant now = clock.instant();
        return transactions.inTransaction(connection -> {
            var due = new ArrayList<StoredMessage>();
            try (PreparedStatement select = connection.prepareStatement(SELECT_DUE)) {
                select.setTimestamp(1, Timestamp.from(now));
                select.setTimestamp(2, Timestamp.from(now));
                select.setInt(3, limit);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        due.add(MessageRows.read(rows));
                    }
                }
            }
            List<StoredMessage> claimed = BatchedWrites.claim(connection, due, node, now, lease);
            return claimed;
        });
    }

    /** Moves a claimed premium message to SENDING; false when the janitor took it back meanwhile. */
    Optional<StoredMessage> startSending(StoredMessage claimed) {
        Instant now = clock.instant();
        return transactions.inTransaction(connection -> Transitions.move(
                        connection,
                        claimed.message().id(),
                        MessageState.CLAIMED,
                        MessageState.SENDING,
                        claimed.channel(),
                        "handing over",
                        now,
                        "attempts = attempts + 1, route_attempts = route_attempts + 1")
                ? Optional.of(claimed.sendingAttempt())
                : Optional.empty());
    }

    /** Records a controller's answer for a message in SENDING. */
    void recordResult(StoredMessage sending, SendResult result, OutboxSettings settings) {
        Instant now = clock.instant();
        transactions.inTransaction(connection -> {
            recordResult(connection, sending, result, settings, now);
            return null;
        });
    }

    /**
     * Records many answers in one transaction: acceptances (the common case) as JDBC batches, the
     * rest one by one.
     */
    void recordResults(List<BatchedWrites.Acceptance> acceptances, List<Answer> others, OutboxSettings settings) {
        Instant now = clock.instant();
        transactions.inTransaction(connection -> {
            if (!acceptances.isEmpty()) {
                receipts.matchRecorded(connection, BatchedWrites.accept(connection, acceptances, now), now);
            }
            for (Answer answer : others) {
                recordResult(connection, answer.sending(), answer.result(), settings, now);
            }
            return null;
        });
    }

    /** A controller's answer about a message in SENDING. */
    record Answer(StoredMessage sending, SendResult result) {}

    private void recordResult(
            Connection connection, StoredMessage sending, SendResult result, OutboxSettings settings, Instant now)
            throws SQLException {
        MessageId id = sending.message().id();
        String channel = sending.channel();
        switch (result) {
            case SendResult.Accepted accepted ->
                receipts.matchRecorded(
                        connection,
                        BatchedWrites.accept(connection, List.of(new BatchedWrites.Acceptance(sending, accepted)), now),
                        now);
            case SendResult.Rejected rejected -> nextRouteOrFail(connection, sending, rejected.reason(), now);
            case SendResult.Retryable retryable -> retryLater(connection, sending, retryable, settings, now);
            case SendResult.Unknown unknown -> {
                if (Transitions.move(
                        connection,
                        id,
                        MessageState.SENDING,
                        MessageState.UNKNOWN,
                        channel,
                        "outcome unknown: " + unknown.reason(),
                        now,
                        CLEAR_LEASE + ", reconcile_until = ?, last_error = ?",
                        now.plus(settings.reconcileWindow()),
                        Transitions.truncate(unknown.reason()))) {
                    BatchedWrites.parts(connection, sending, unknown.controllerMessageIds(), now);
                    receipts.matchRecorded(connection, sending, unknown.controllerMessageIds(), now);
                    receipts.matchByReference(connection, sending, now);
                }
            }
        }
    }

    private void nextRouteOrFail(Connection connection, StoredMessage sending, String reason, Instant now)
            throws SQLException {
        String error = Transitions.truncate(sending.channel() + ": " + reason);
        if (sending.hasNextRoute()) {
            Transitions.move(
                    connection,
                    sending.message().id(),
                    MessageState.SENDING,
                    MessageState.QUEUED,
                    sending.channel(),
                    "rejected, next route: " + reason,
                    now,
                    CLEAR_LEASE + ", route_index = route_index + 1, route_attempts = 0, next_attempt_at = ?,"
                            + " last_error = ?",
                    now,
                    error);
        } else {
            Transitions.move(
                    connection,
                    sending.message().id(),
                    MessageState.SENDING,
                    MessageState.FAILED,
                    sending.channel(),
                    "rejected on the last route: " + reason,
                    now,
                    CLEAR_LEASE + ", last_error = ?",
                    error);
        }
    }

    private void retryLater(
            Connection connection,
            StoredMessage sending,
            SendResult.Retryable retryable,
            OutboxSettings settings,
            Instant now)
            throws SQLException {
        String error = Transitions.truncate(sending.channel() + ": " + retryable.reason());
        if (sending.routeAttempts() >= settings.maxAttemptsPerRoute() && sending.hasNextRoute()) {
            Transitions.move(
                    connection,
                    sending.message().id(),
                    MessageState.SENDING,
                    MessageState.QUEUED,
                    sending.channel(),
                    "route kept failing, next route: " + retryable.reason(),
                    now,
                    CLEAR_LEASE + ", route_index = route_index + 1, route_attempts = 0, next_attempt_at = ?,"
                            + " last_error = ?",
                    now,
                    error);
            return;
        }
        Duration backoff = settings.backoff(sending.routeAttempts());
        Duration delay = retryable.retryAfter().compareTo(backoff) > 0 ? retryable.retryAfter() : backoff;
        Transitions.move(
                connection,
                sending.message().id(),
                MessageState.SENDING,
                MessageState.QUEUED,
                sending.channel(),
                "retry in " + delay.toMillis() + " ms: " + retryable.reason(),
                now,
                CLEAR_LEASE + ", next_attempt_at = ?, last_error = ?",
                now.plus(delay),
                error);
    }
}
