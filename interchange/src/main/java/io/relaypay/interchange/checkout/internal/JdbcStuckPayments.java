package io.relaypay.interchange.checkout.internal;

import io.relaypay.interchange.checkout.StuckPayments;
import io.relaypay.interchange.persistence.SqlTime;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Payments in {@code PROCESSING} by their last change, read straight from the {@code payments}
 * table (served by the {@code payments_waiting} index's leading status column). A read-only query
 * of the checkout's own, kept here rather than in {@code PaymentStore} so parallel work on payments
 * does not collide; it can move there when the two meet.
 */
public final class JdbcStuckPayments implements StuckPayments {

    private final JdbcClient jdbc;

    /** Queries over {@code jdbc}. */
    public JdbcStuckPayments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> processingSince(Instant before, int limit) {
        return jdbc.sql("""
                SELECT id FROM payments WHERE status = 'PROCESSING' AND updated_at <= ?
                ORDER BY updated_at FETCH FIRST ? ROWS ONLY""")
                .params(SqlTime.of(before), limit)
                .query(String.class)
                .list();
    }
}
