package io.relaypay.interchange.funds.internal;

import io.relaypay.interchange.funds.StuckPayments;
import io.relaypay.interchange.persistence.SqlTime;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Payments in {@code PROCESSING} not updated since a cutoff, oldest first (index payments_waiting). */
public final class JdbcStuckPayments implements StuckPayments {

    private final JdbcClient jdbc;

    /** Over {@code jdbc}. */
    public JdbcStuckPayments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> processingSince(Instant cutoff, int limit) {
        return jdbc.sql("SELECT id FROM payments WHERE status = 'PROCESSING' AND updated_at <= ?"
                        + " ORDER BY updated_at FETCH FIRST ? ROWS ONLY")
                .params(SqlTime.of(cutoff), limit)
                .query(String.class)
                .list();
    }
}
