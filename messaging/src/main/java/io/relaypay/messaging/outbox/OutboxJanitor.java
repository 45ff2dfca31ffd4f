package io.relaypay.messaging.outbox;

import io.relaypay.messaging.MessageId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Settles messages stuck in a waiting state, as Kill Bill's janitor settles stuck payments. Safe to
 * run on many nodes at once: each step locks its rows with {@code FOR UPDATE SKIP LOCKED}.
 */
public final class OutboxJanitor {

    private static final int BATCH = 500;

    private final OutboxStore store;
    private final OutboxSettings settings;

    /** A janitor for {@code outbox} with the deadlines in {@code settings}. */
    public OutboxJanitor(Outbox outbox, OutboxSettings settings) {
        this.store = Objects.requireNonNull(outbox, "outbox").store();
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * What one pass did.
     *
     * @param released claims of dead dispatchers given back (never handed over)
     * @param lost sends of dead dispatchers marked unknown
     * @param receiptsMatched reports tied to their messages late
     * @param requeued unknown outcomes with no report, queued again
     * @param unresolved unknown premium outcomes with no report, parked for an operator
     * @param expired queued messages past their validity
     * @param unconfirmed submitted messages whose final report never came
     */
    public record Report(
            int released, int lost, int receiptsMatched, int requeued, int unresolved, int expired, int unconfirmed) {}

    /** Runs every step once. */
    public Report runOnce() {
        Instant now = store.clock().instant();
        int released = forEachLocked(
                "state = 'CLAIMED' AND lease_until < ?",
                now,
                (c, m) -> Transitions.move(
                        c,
                        m.message().id(),
                        MessageState.CLAIMED,
                        MessageState.QUEUED,
                        m.channel(),
                        "claim expired before hand-over",
                        now,
                        "lease_owner = NULL, lease_until = NULL, next_attempt_at = ?",
                        now));
        int lost = forEachLocked("state = 'SENDING' AND lease_until < ?", now, (c, m) -> {
            boolean moved = Transitions.move(
                    c,
                    m.message().id(),
                    MessageState.SENDING,
                    MessageState.UNKNOWN,
                    m.channel(),
                    "sender stopped during hand-over",
                    now,
                    "lease_owner = NULL, lease_until = NULL, reconcile_until = ?",
                    now.plus(settings.reconcileWindow()));
            if (moved) {
                store.receipts().matchByReference(c, m.in(MessageState.UNKNOWN), now);
            }
            return moved;
        });
        int matched = matchLateReceipts(now);
        int[] unknownOutcome = resolveUnknown(now);
        int expired = forEachLocked(
                "state = 'QUEUED' AND valid_until <= ?",
                now,
                (c, m) -> Transitions.move(
                        c,
                        m.message().id(),
                        MessageState.QUEUED,
                        MessageState.EXPIRED,
                        m.channel(),
                        "validity ran out",
                        now,
                        ""));
        Instant receiptCutoff = now.minus(settings.receiptDeadline());
        int unconfirmed = forEachLocked(
                "state = 'SUBMITTED' AND updated_at < ?",
                receiptCutoff,
                (c, m) -> Transitions.move(
                        c,
                        m.message().id(),
                        MessageState.SUBMITTED,
                        MessageState.UNCONFIRMED,
                        m.channel(),
                        "no final delivery report",
                        now,
                        ""));
        return new Report(released, lost, matched, unknownOutcome[0], unknownOutcome[1], expired, unconfirmed);
    }

    private int[] resolveUnknown(Instant now) {
        int[] counts = new int[2];
        forEachLocked("state = 'UNKNOWN' AND reconcile_until <= ?", now, (c, m) -> {
            store.receipts().matchByReference(c, m, now);
            MessageState after =
                    OutboxStore.find(c, m.message().id(), false).orElseThrow().state();
            if (after != MessageState.UNKNOWN) {
                return false;
            }
            if (m.message().isPremium()) {
                counts[1]++;
                // Charging a phone bill twice is worse than not charging: an operator decides.
                return Transitions.move(
                        c,
                        m.message().id(),
                        MessageState.UNKNOWN,
                        MessageState.UNRESOLVED,
                        m.channel(),
                        "no delivery report within the reconcile window; not re-sent",
                        now,
                        "reconcile_until = NULL");
            }
            counts[0]++;
            return Transitions.move(
                    c,
                    m.message().id(),
                    MessageState.UNKNOWN,
                    MessageState.QUEUED,
                    m.channel(),
                    "no delivery report within the reconcile window; sending again",
                    now,
                    "reconcile_until = NULL, next_attempt_at = ?",
                    now);
        });
        return counts;
    }

    private int matchLateReceipts(Instant now) {
        return store.transactions().inTransaction(connection -> {
            var receipts = new ArrayList<ReceiptBook.Receipt>();
            try (PreparedStatement select = connection.prepareStatement("SELECT id, channel, controller_message_id,"
                    + " recipient, client_reference, status FROM outbox_receipt WHERE message_id IS NULL"
                    + " AND received_at > ? ORDER BY id FETCH FIRST " + BATCH + " ROWS ONLY")) {
                select.setTimestamp(
                        1, Timestamp.from(now.minus(settings.reconcileWindow().multipliedBy(2))));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        receipts.add(ReceiptBook.read(rows));
                    }
                }
            }
            int matched = 0;
            for (ReceiptBook.Receipt receipt : receipts) {
                if (store.receipts().match(connection, receipt, now)) {
                    matched++;
                }
            }
            return matched;
        });
    }

    @FunctionalInterface
    private interface Step {
        boolean apply(Connection connection, StoredMessage message) throws SQLException;
    }

    private int forEachLocked(String condition, Instant bound, Step step) {
        return store.transactions().inTransaction(connection -> {
            List<MessageId> ids = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT id FROM outbox_message WHERE "
                    + condition + " ORDER BY id FETCH FIRST " + BATCH + " ROWS ONLY FOR UPDATE SKIP LOCKED")) {
                select.setTimestamp(1, Timestamp.from(bound));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        ids.add(new MessageId(rows.getObject(1, UUID.class)));
                    }
                }
            }
            int done = 0;
            for (MessageId id : ids) {
                StoredMessage message = OutboxStore.find(connection, id, false).orElseThrow();
                if (step.apply(connection, message)) {
                    done++;
                }
            }
            return done;
        });
    }
}
