package io.relaypay.interchange.deposits.internal;

import io.relaypay.interchange.common.Ids;
import io.relaypay.interchange.deposits.Deposit;
import io.relaypay.interchange.deposits.DepositSource;
import io.relaypay.interchange.deposits.DepositStatus;
import io.relaypay.interchange.deposits.DepositStore;
import io.relaypay.interchange.deposits.ItemState;
import io.relaypay.interchange.deposits.PlanItem;
import io.relaypay.interchange.persistence.SqlTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Deposits in the {@code deposits}, {@code deposit_items} and {@code deposit_events} tables. */
public final class JdbcDepositStore implements DepositStore {

    private final JdbcClient jdbc;
    private final Ids ids;

    /** A store over {@code jdbc}; event ids from {@code ids}. */
    public JdbcDepositStore(JdbcClient jdbc, Ids ids) {
        this.jdbc = jdbc;
        this.ids = ids;
    }

    @Override
    public boolean insert(Deposit d, List<PlanItem> items, Optional<String> idempotencyKey, String requestHash) {
        try {
            jdbc.sql("""
                    INSERT INTO deposits (id, user_id, phone_number, carrier, method, source, livemode, amount,
                        currency, planned, billed, status, idempotency_key, request_hash, reply_code_hash,
                        web_code_hash, confirm_attempts, confirm_expires_at, confirmed_at, created_at, updated_at)
                    VALUES (?, ?, ?, ?, 'PREMIUM_MT', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            d.id(),
                            d.userId(),
                            d.phoneNumber(),
                            d.carrier(),
                            d.source().name(),
                            d.livemode(),
                            d.amount(),
                            d.currency(),
                            d.planned(),
                            d.billed(),
                            d.status().name(),
                            idempotencyKey.orElse(null),
                            requestHash,
                            d.replyCodeHash().orElse(null),
                            d.webCodeHash().orElse(null),
                            d.confirmAttempts(),
                            SqlTime.of(d.confirmExpiresAt()),
                            d.confirmedAt().map(SqlTime::of).orElse(null),
                            SqlTime.of(d.createdAt()),
                            SqlTime.of(d.updatedAt()))
                    .update();
        } catch (DuplicateKeyException e) {
            return false;
        }
        for (PlanItem item : items) {
            jdbc.sql("""
                    INSERT INTO deposit_items (id, deposit_id, seq, day_offset, price, state, due_at, message_id,
                        route, detail, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            item.id(),
                            item.depositId(),
                            item.seq(),
                            item.dayOffset(),
                            item.price(),
                            item.state().name(),
                            item.dueAt().map(SqlTime::of).orElse(null),
                            item.messageId().orElse(null),
                            item.route().orElse(null),
                            item.detail().orElse(null),
                            SqlTime.of(item.updatedAt()))
                    .update();
        }
        return true;
    }

    @Override
    public Optional<Deposit> find(String id) {
        return jdbc.sql("SELECT * FROM deposits WHERE id = ?")
                .param(id)
                .query(JdbcDepositStore::deposit)
                .optional();
    }

    @Override
    public Optional<Deposit> lock(String id) {
        return jdbc.sql("SELECT * FROM deposits WHERE id = ? FOR UPDATE")
                .param(id)
                .query(JdbcDepositStore::deposit)
                .optional();
    }

    @Override
    public Optional<Keyed> byIdempotencyKey(String idempotencyKey) {
        return jdbc.sql("SELECT * FROM deposits WHERE idempotency_key = ?")
                .param(idempotencyKey)
                .query((rs, row) -> new Keyed(deposit(rs, row), rs.getString("request_hash")))
                .optional();
    }

    @Override
    public List<Deposit> awaitingConfirmation(String phoneNumber, Instant now) {
        return jdbc.sql("""
                SELECT * FROM deposits WHERE phone_number = ? AND status = 'REQUIRES_CONFIRMATION'
                    AND confirm_expires_at > ?
                ORDER BY created_at DESC, id DESC""")
                .params(phoneNumber, SqlTime.of(now))
                .query(JdbcDepositStore::deposit)
                .list();
    }

    @Override
    public boolean hasOpen(String phoneNumber, Instant now) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM deposits WHERE phone_number = ?
                            AND (status = 'IN_PROGRESS' OR (status = 'REQUIRES_CONFIRMATION' AND confirm_expires_at > ?))""")
                        .params(phoneNumber, SqlTime.of(now))
                        .query(Long.class)
                        .single()
                > 0;
    }

    @Override
    public Billed billedSince(String phoneNumber, Instant since) {
        return jdbc.sql("""
                SELECT COUNT(*), COALESCE(SUM(i.price), 0) FROM deposit_items i JOIN deposits d ON d.id = i.deposit_id
                WHERE d.phone_number = ? AND i.state IN ('BILLED', 'UNKNOWN') AND i.due_at >= ?""")
                .params(phoneNumber, SqlTime.of(since))
                .query((rs, row) -> new Billed(rs.getLong(1), rs.getLong(2)))
                .single();
    }

    @Override
    public boolean update(Deposit d, DepositStatus expected) {
        return jdbc.sql("""
                        UPDATE deposits SET status = ?, billed = ?, reply_code_hash = ?, web_code_hash = ?,
                            confirm_attempts = ?, confirm_expires_at = ?, confirmed_at = ?, updated_at = ?
                        WHERE id = ? AND status = ?""")
                        .params(
                                d.status().name(),
                                d.billed(),
                                d.replyCodeHash().orElse(null),
                                d.webCodeHash().orElse(null),
                                d.confirmAttempts(),
                                SqlTime.of(d.confirmExpiresAt()),
                                d.confirmedAt().map(SqlTime::of).orElse(null),
                                SqlTime.of(d.updatedAt()),
                                d.id(),
                                expected.name())
                        .update()
                == 1;
    }

    @Override
    public List<PlanItem> items(String depositId) {
        return jdbc.sql("SELECT * FROM deposit_items WHERE deposit_id = ? ORDER BY seq")
                .param(depositId)
                .query(JdbcDepositStore::item)
                .list();
    }

    @Override
    public Optional<PlanItem> item(String itemId) {
        return jdbc.sql("SELECT * FROM deposit_items WHERE id = ?")
                .param(itemId)
                .query(JdbcDepositStore::item)
                .optional();
    }

    @Override
    public boolean updateItem(PlanItem item, ItemState expected) {
        return jdbc.sql("""
                        UPDATE deposit_items SET state = ?, due_at = ?, message_id = ?, route = ?, detail = ?,
                            updated_at = ?
                        WHERE id = ? AND state = ?""")
                        .params(
                                item.state().name(),
                                item.dueAt().map(SqlTime::of).orElse(null),
                                item.messageId().orElse(null),
                                item.route().orElse(null),
                                item.detail()
                                        .map(d -> d.length() > 300 ? d.substring(0, 300) : d)
                                        .orElse(null),
                                SqlTime.of(item.updatedAt()),
                                item.id(),
                                expected.name())
                        .update()
                == 1;
    }

    @Override
    public void itemCredited(String itemId, Optional<String> chargeReference, long carrierShare, long bonus) {
        jdbc.sql("UPDATE deposit_items SET charge_reference = ?, carrier_share = ?, bonus = ? WHERE id = ?")
                .params(chargeReference.orElse(null), carrierShare, bonus, itemId)
                .update();
    }

    @Override
    public long bonus(String depositId) {
        return jdbc.sql("SELECT COALESCE(SUM(bonus), 0) FROM deposit_items WHERE deposit_id = ? AND state = 'BILLED'")
                .param(depositId)
                .query(Long.class)
                .single();
    }

    @Override
    public void addBilled(String depositId, long amount, Instant now) {
        jdbc.sql("UPDATE deposits SET billed = billed + ?, updated_at = ? WHERE id = ?")
                .params(amount, SqlTime.of(now), depositId)
                .update();
    }

    @Override
    public List<PlanItem> dueItems(Instant now, int limit) {
        return jdbc.sql("""
                SELECT i.* FROM deposit_items i JOIN deposits d ON d.id = i.deposit_id
                WHERE d.status = 'IN_PROGRESS'
                    AND ((i.state = 'QUEUED' AND i.due_at <= ?) OR i.state = 'SENDING')
                ORDER BY i.due_at, i.id
                FETCH FIRST ? ROWS ONLY""")
                .params(SqlTime.of(now), limit)
                .query(JdbcDepositStore::item)
                .list();
    }

    @Override
    public List<PlanItem> sentItems(int limit) {
        return jdbc.sql(
                        "SELECT * FROM deposit_items WHERE state = 'SENT' ORDER BY updated_at, id FETCH FIRST ? ROWS ONLY")
                .param(limit)
                .query(JdbcDepositStore::item)
                .list();
    }

    @Override
    public List<String> settledInProgress(int limit) {
        return jdbc.sql("""
                SELECT d.id FROM deposits d WHERE d.status = 'IN_PROGRESS'
                    AND NOT EXISTS (SELECT 1 FROM deposit_items i WHERE i.deposit_id = d.id
                        AND i.state IN ('QUEUED', 'SENDING', 'SENT'))
                ORDER BY d.updated_at, d.id
                FETCH FIRST ? ROWS ONLY""").param(limit).query(String.class).list();
    }

    @Override
    public List<String> confirmationsExpired(Instant now, int limit) {
        return jdbc.sql("""
                SELECT id FROM deposits WHERE status = 'REQUIRES_CONFIRMATION' AND confirm_expires_at <= ?
                ORDER BY confirm_expires_at, id
                FETCH FIRST ? ROWS ONLY""").params(SqlTime.of(now), limit).query(String.class).list();
    }

    @Override
    public void event(String depositId, String type, Optional<String> detail, Instant at) {
        jdbc.sql("INSERT INTO deposit_events (id, deposit_id, type, detail, at) VALUES (?, ?, ?, ?, ?)")
                .params(
                        ids.next("dev"),
                        depositId,
                        type,
                        detail.map(d -> d.length() > 300 ? d.substring(0, 300) : d)
                                .orElse(null),
                        SqlTime.of(at))
                .update();
    }

    @Override
    public List<Event> events(String depositId) {
        return jdbc.sql("SELECT type, detail, at FROM deposit_events WHERE deposit_id = ? ORDER BY at, id")
                .param(depositId)
                .query((rs, row) -> new Event(
                        rs.getString("type"), Optional.ofNullable(rs.getString("detail")), SqlTime.read(rs, "at")))
                .list();
    }

    private static Deposit deposit(ResultSet rs, int row) throws SQLException {
        return new Deposit(
                rs.getString("id"),
                rs.getString("user_id"),
                rs.getString("phone_number"),
                rs.getString("carrier"),
                DepositSource.valueOf(rs.getString("source")),
                rs.getBoolean("livemode"),
                rs.getLong("amount"),
                rs.getString("currency"),
                rs.getLong("planned"),
                rs.getLong("billed"),
                DepositStatus.valueOf(rs.getString("status")),
                Optional.ofNullable(rs.getString("reply_code_hash")),
                Optional.ofNullable(rs.getString("web_code_hash")),
                rs.getInt("confirm_attempts"),
                SqlTime.read(rs, "confirm_expires_at"),
                SqlTime.readOptional(rs, "confirmed_at"),
                SqlTime.read(rs, "created_at"),
                SqlTime.read(rs, "updated_at"));
    }

    private static PlanItem item(ResultSet rs, int row) throws SQLException {
        return new PlanItem(
                rs.getString("id"),
                rs.getString("deposit_id"),
                rs.getInt("seq"),
                rs.getInt("day_offset"),
                rs.getLong("price"),
                ItemState.valueOf(rs.getString("state")),
                SqlTime.readOptional(rs, "due_at"),
                Optional.ofNullable(rs.getString("message_id")),
                Optional.ofNullable(rs.getString("route")),
                Optional.ofNullable(rs.getString("detail")),
                SqlTime.read(rs, "updated_at"));
    }
}
