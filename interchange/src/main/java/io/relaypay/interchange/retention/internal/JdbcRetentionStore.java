package io.relaypay.interchange.retention.internal;

import io.relaypay.interchange.retention.RetentionStore;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.function.IntSupplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Batched deletes that run on PostgreSQL and H2 alike: the ids of one batch are selected first, then
 * deleted by id, children before parents, in one transaction.
 */
public final class JdbcRetentionStore implements RetentionStore {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    /** A store on {@code jdbc}. */
    public JdbcRetentionStore(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public int purgeEvents(Instant before, int limit) {
        return inTransaction(() -> {
            List<String> events = jdbc.sql("SELECT e.id FROM merchant_events e"
                            + " LEFT JOIN webhook_deliveries d ON d.event_id = e.id"
                            + " WHERE e.created_at < :before AND (d.id IS NULL OR d.state IN ('DELIVERED', 'FAILED'))"
                            + " FETCH FIRST :limit ROWS ONLY")
                    .param("before", Timestamp.from(before))
                    .param("limit", limit)
                    .query(String.class)
                    .list();
            if (events.isEmpty()) {
                return 0;
            }
            jdbc.sql("DELETE FROM webhook_attempts WHERE delivery_id IN"
                            + " (SELECT id FROM webhook_deliveries WHERE event_id IN (:events))")
                    .param("events", events)
                    .update();
            jdbc.sql("DELETE FROM webhook_deliveries WHERE event_id IN (:events)")
                    .param("events", events)
                    .update();
            return jdbc.sql("DELETE FROM merchant_events WHERE id IN (:events)")
                    .param("events", events)
                    .update();
        });
    }

    @Override
    public int purgeReplies(Instant before, int limit) {
        return purgeByTime("handled_replies", "received_at", before, limit);
    }

    @Override
    public int purgeDecisions(Instant before, int limit) {
        return purgeByTime("decisions", "decided_at", before, limit);
    }

    private int purgeByTime(String table, String column, Instant before, int limit) {
        return inTransaction(() -> {
            List<String> ids = jdbc.sql("SELECT id FROM " + table + " WHERE " + column + " < :before"
                            + " FETCH FIRST :limit ROWS ONLY")
                    .param("before", Timestamp.from(before))
                    .param("limit", limit)
                    .query(String.class)
                    .list();
            if (ids.isEmpty()) {
                return 0;
            }
            return jdbc.sql("DELETE FROM " + table + " WHERE id IN (:ids)")
                    .param("ids", ids)
                    .update();
        });
    }

    private int inTransaction(IntSupplier work) {
        Integer deleted = transactions.execute(status -> work.getAsInt());
        return deleted == null ? 0 : deleted;
    }
}
