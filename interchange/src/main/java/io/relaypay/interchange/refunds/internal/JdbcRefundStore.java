package io.relaypay.interchange.refunds.internal;

import io.relaypay.interchange.persistence.SqlTime;
import io.relaypay.interchange.refunds.Refund;
import io.relaypay.interchange.refunds.RefundForwarding;
import io.relaypay.interchange.refunds.RefundStatus;
import io.relaypay.interchange.refunds.RefundStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Refunds in the {@code refunds} table. */
public final class JdbcRefundStore implements RefundStore {

    private final JdbcClient jdbc;

    /** A store over {@code jdbc}. */
    public JdbcRefundStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void lockPayment(String paymentId) {
        jdbc.sql("SELECT id FROM payments WHERE id = ? FOR UPDATE")
                .param(paymentId)
                .query(String.class)
                .optional();
    }

    @Override
    public void insert(Refund r) {
        jdbc.sql("""
                INSERT INTO refunds (id, payment_id, merchant_id, livemode, amount, currency, status, failure_reason,
                    destination, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        r.id(),
                        r.paymentId(),
                        r.merchantId(),
                        r.livemode(),
                        r.amount(),
                        r.currency(),
                        r.status().name(),
                        r.failureReason().orElse(null),
                        r.destination().map(Enum::name).orElse(null),
                        SqlTime.of(r.createdAt()),
                        SqlTime.of(r.updatedAt()))
                .update();
    }

    @Override
    public Optional<Refund> find(String refundId) {
        return jdbc.sql("SELECT * FROM refunds WHERE id = ?")
                .param(refundId)
                .query(JdbcRefundStore::refund)
                .optional();
    }

    @Override
    public boolean finish(
            String refundId,
            RefundStatus status,
            Optional<String> failureReason,
            Optional<RefundForwarding.Destination> destination,
            Instant at) {
        return jdbc.sql("UPDATE refunds SET status = ?, failure_reason = ?, destination = ?, updated_at = ?"
                                + " WHERE id = ? AND status = ?")
                        .params(
                                status.name(),
                                failureReason.orElse(null),
                                destination.map(Enum::name).orElse(null),
                                SqlTime.of(at),
                                refundId,
                                RefundStatus.PENDING.name())
                        .update()
                == 1;
    }

    @Override
    public List<Refund> pendingBefore(Instant cutoff, int limit) {
        return jdbc.sql("SELECT * FROM refunds WHERE status = 'PENDING' AND created_at <= ?"
                        + " ORDER BY created_at FETCH FIRST ? ROWS ONLY")
                .params(SqlTime.of(cutoff), limit)
                .query(JdbcRefundStore::refund)
                .list();
    }

    private static Refund refund(ResultSet rs, int n) throws SQLException {
        return new Refund(
                rs.getString("id"),
                rs.getString("payment_id"),
                rs.getString("merchant_id"),
                rs.getBoolean("livemode"),
                rs.getLong("amount"),
                rs.getString("currency"),
                RefundStatus.valueOf(rs.getString("status")),
                Optional.ofNullable(rs.getString("failure_reason")),
                Optional.ofNullable(rs.getString("destination")).map(RefundForwarding.Destination::valueOf),
                SqlTime.read(rs, "created_at"),
                SqlTime.read(rs, "updated_at"));
    }
}
