package io.relaypay.interchange.webhooks.internal;

import io.relaypay.interchange.persistence.SqlTime;
import io.relaypay.interchange.webhooks.Delivery;
import io.relaypay.interchange.webhooks.DeliveryAttempt;
import io.relaypay.interchange.webhooks.DeliveryState;
import io.relaypay.interchange.webhooks.SendOutcome;
import io.relaypay.interchange.webhooks.StoredEvent;
import io.relaypay.interchange.webhooks.WebhookStore;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Events, deliveries and attempts in {@code merchant_events}, {@code webhook_deliveries} and {@code
 * webhook_attempts} (migration V10). The claim queries use {@code FOR UPDATE SKIP LOCKED}, which
 * PostgreSQL and H2 both understand.
 */
public final class JdbcWebhookStore implements WebhookStore {

    private static final int MAX_TEXT = 500;
    private final JdbcClient jdbc;
    private final DeliveryDoorbell doorbell;

    /** A store over {@code jdbc} that rings {@code doorbell} for each delivery it queues. */
    public JdbcWebhookStore(JdbcClient jdbc, DeliveryDoorbell doorbell) {
        this.jdbc = jdbc;
        this.doorbell = doorbell;
    }

    @Override
    public void insertEvent(StoredEvent e) {
        jdbc.sql("""
                INSERT INTO merchant_events (id, merchant_id, livemode, event_type, body, created_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(e.id(), e.merchantId(), e.livemode(), e.type(), e.body(), SqlTime.of(e.createdAt()))
                .update();
    }

    @Override
    public void insertDelivery(Delivery d) {
        jdbc.sql("""
                INSERT INTO webhook_deliveries (id, event_id, merchant_id, url, state, attempts, next_attempt_at,
                    give_up_at, lease_owner, lease_until, last_status, last_error, delivered_at, created_at,
                    updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        d.id(),
                        d.eventId(),
                        d.merchantId(),
                        d.url().toString(),
                        d.state().name(),
                        d.attempts(),
                        SqlTime.of(d.nextAttemptAt()),
                        SqlTime.of(d.giveUpAt()),
                        d.leaseOwner().orElse(null),
                        SqlTime.of(d.leaseUntil().orElse(null)),
                        d.lastStatus().orElse(null),
                        d.lastError().map(JdbcWebhookStore::clip).orElse(null),
                        SqlTime.of(d.deliveredAt().orElse(null)),
                        SqlTime.of(d.createdAt()),
                        SqlTime.of(d.updatedAt()))
                .update();
        doorbell.ring();
    }

    @Override
    public void update(Delivery d) {
        jdbc.sql("""
                UPDATE webhook_deliveries SET url = ?, state = ?, attempts = ?, next_attempt_at = ?, give_up_at = ?,
                    lease_owner = ?, lease_until = ?, last_status = ?, last_error = ?, delivered_at = ?, updated_at = ?
                WHERE id = ?""")
                .params(
                        d.url().toString(),
                        d.state().name(),
                        d.attempts(),
                        SqlTime.of(d.nextAttemptAt()),
                        SqlTime.of(d.giveUpAt()),
                        d.leaseOwner().orElse(null),
                        SqlTime.of(d.leaseUntil().orElse(null)),
                        d.lastStatus().orElse(null),
                        d.lastError().map(JdbcWebhookStore::clip).orElse(null),
                        SqlTime.of(d.deliveredAt().orElse(null)),
                        SqlTime.of(d.updatedAt()),
                        d.id())
                .update();
    }

    @Override
    public void insertAttempt(DeliveryAttempt a) {
        Integer status = a.outcome() instanceof SendOutcome.Answered answered ? answered.status() : null;
        String excerpt = a.outcome() instanceof SendOutcome.Answered answered ? clip(answered.excerpt()) : null;
        String error = a.outcome() instanceof SendOutcome.NoAnswer none ? clip(none.error()) : null;
        jdbc.sql("""
                INSERT INTO webhook_attempts (id, delivery_id, attempted_at, status_code, error, response_excerpt,
                    duration_ms)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(a.id(), a.deliveryId(), SqlTime.of(a.attemptedAt()), status, error, excerpt, a.durationMillis())
                .update();
    }

    @Override
    public List<Delivery> lockDue(Instant now, int limit) {
        // SKIP LOCKED lets several dispatchers (threads or nodes) claim disjoint batches without waiting.
        return jdbc.sql("""
                SELECT * FROM webhook_deliveries WHERE state = 'PENDING' AND next_attempt_at <= ?
                ORDER BY next_attempt_at FETCH FIRST ? ROWS ONLY FOR UPDATE SKIP LOCKED""")
                .params(SqlTime.of(now), limit)
                .query(JdbcWebhookStore::delivery)
                .list();
    }

    @Override
    public List<Delivery> lockExpiredLeases(Instant now, int limit) {
        return jdbc.sql("""
                SELECT * FROM webhook_deliveries WHERE state = 'SENDING' AND lease_until < ?
                ORDER BY lease_until FETCH FIRST ? ROWS ONLY FOR UPDATE SKIP LOCKED""")
                .params(SqlTime.of(now), limit)
                .query(JdbcWebhookStore::delivery)
                .list();
    }

    @Override
    public Optional<Delivery> lock(String deliveryId) {
        return jdbc.sql("SELECT * FROM webhook_deliveries WHERE id = ? FOR UPDATE")
                .param(deliveryId)
                .query(JdbcWebhookStore::delivery)
                .optional();
    }

    @Override
    public Optional<Delivery> lockByEvent(String eventId) {
        return jdbc.sql("SELECT * FROM webhook_deliveries WHERE event_id = ? FOR UPDATE")
                .param(eventId)
                .query(JdbcWebhookStore::delivery)
                .optional();
    }

    @Override
    public Optional<StoredEvent> event(String eventId) {
        return jdbc.sql("SELECT * FROM merchant_events WHERE id = ?")
                .param(eventId)
                .query(JdbcWebhookStore::event)
                .optional();
    }

    @Override
    public List<StoredEvent> events(Optional<String> merchantId, Optional<String> startingAfter, int limit) {
        // Ids are time-ordered and collate the same everywhere, so the id alone is the page cursor.
        String where = (merchantId.isPresent() ? " AND merchant_id = :merchant" : "")
                + (startingAfter.isPresent() ? " AND id < :after" : "");
        return jdbc.sql("SELECT * FROM merchant_events WHERE 1 = 1" + where
                        + " ORDER BY id DESC FETCH FIRST :limit ROWS ONLY")
                .param("merchant", merchantId.orElse(""))
                .param("after", startingAfter.orElse(""))
                .param("limit", limit)
                .query(JdbcWebhookStore::event)
                .list();
    }

    @Override
    public Map<String, Delivery> deliveriesByEvent(Collection<String> eventIds) {
        if (eventIds.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("SELECT * FROM webhook_deliveries WHERE event_id IN (:ids)")
                .param("ids", List.copyOf(eventIds))
                .query(JdbcWebhookStore::delivery)
                .list()
                .stream()
                .collect(Collectors.toMap(Delivery::eventId, Function.identity()));
    }

    @Override
    public List<DeliveryAttempt> attempts(String deliveryId) {
        return jdbc.sql("SELECT * FROM webhook_attempts WHERE delivery_id = ? ORDER BY id")
                .param(deliveryId)
                .query(JdbcWebhookStore::attempt)
                .list();
    }

    private static String clip(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
    }

    private static StoredEvent event(ResultSet rs, int row) throws SQLException {
        return new StoredEvent(
                rs.getString("id"),
                rs.getString("merchant_id"),
                rs.getBoolean("livemode"),
                rs.getString("event_type"),
                SqlTime.read(rs, "created_at"),
                rs.getString("body"));
    }

    private static Delivery delivery(ResultSet rs, int row) throws SQLException {
        int status = rs.getInt("last_status");
        Optional<Integer> lastStatus = rs.wasNull() ? Optional.empty() : Optional.of(status);
        return new Delivery(
                rs.getString("id"),
                rs.getString("event_id"),
                rs.getString("merchant_id"),
                URI.create(rs.getString("url")),
                DeliveryState.valueOf(rs.getString("state")),
                rs.getInt("attempts"),
                SqlTime.read(rs, "next_attempt_at"),
                SqlTime.read(rs, "give_up_at"),
                Optional.ofNullable(rs.getString("lease_owner")),
                SqlTime.readOptional(rs, "lease_until"),
                lastStatus,
                Optional.ofNullable(rs.getString("last_error")),
                SqlTime.readOptional(rs, "delivered_at"),
                SqlTime.read(rs, "created_at"),
                SqlTime.read(rs, "updated_at"));
    }

    private static DeliveryAttempt attempt(ResultSet rs, int row) throws SQLException {
        int status = rs.getInt("status_code");
        SendOutcome outcome = rs.wasNull()
                ? new SendOutcome.NoAnswer(rs.getString("error"))
                : new SendOutcome.Answered(
                        status,
                        Optional.ofNullable(rs.getString("response_excerpt")).orElse(""));
        return new DeliveryAttempt(
                rs.getString("id"),
                rs.getString("delivery_id"),
                SqlTime.read(rs, "attempted_at"),
                outcome,
                rs.getLong("duration_ms"));
    }
}
