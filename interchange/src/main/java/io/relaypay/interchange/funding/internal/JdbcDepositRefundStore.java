package io.relaypay.interchange.funding.internal;

import io.relaypay.interchange.funding.DepositRefund;
import io.relaypay.interchange.funding.DepositRefundStore;
import io.relaypay.interchange.persistence.SqlTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Deposit refunds in {@code funding_deposit_refunds}. */
public final class JdbcDepositRefundStore implements DepositRefundStore {

    private static final String COLUMNS =
            "id, deposit_id, amount, status, source_refund_id, failure_code, created_at, updated_at";

    private final JdbcClient jdbc;

    /** Refunds in {@code dataSource}. */
    public JdbcDepositRefundStore(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public void insert(DepositRefund r) {
        jdbc.sql("INSERT INTO funding_deposit_refunds (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        r.id(),
                        r.depositId(),
                        r.amount(),
                        r.status().name(),
                        r.sourceRefundId().orElse(null),
                        r.failureCode().orElse(null),
                        SqlTime.of(r.createdAt()),
                        SqlTime.of(r.updatedAt()))
                .update();
    }

    @Override
    public Optional<DepositRefund> find(String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM funding_deposit_refunds WHERE id = ?")
                .param(id)
                .query(JdbcDepositRefundStore::row)
                .optional();
    }

    @Override
    public boolean finish(
            String id,
            DepositRefund.Status status,
            Optional<String> sourceRefundId,
            Optional<String> failureCode,
            Instant now) {
        return jdbc.sql("""
                        UPDATE funding_deposit_refunds SET status = ?, source_refund_id = ?, failure_code = ?,
                            updated_at = ?
                        WHERE id = ? AND status = 'PENDING'""")
                        .params(
                                status.name(),
                                sourceRefundId.orElse(null),
                                failureCode.orElse(null),
                                SqlTime.of(now),
                                id)
                        .update()
                == 1;
    }

    @Override
    public List<DepositRefund> pendingBefore(Instant before, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM funding_deposit_refunds WHERE status = 'PENDING' "
                        + "AND updated_at < ? ORDER BY updated_at LIMIT ?")
                .params(SqlTime.of(before), limit)
                .query(JdbcDepositRefundStore::row)
                .list();
    }

    private static DepositRefund row(ResultSet rs, int n) throws SQLException {
        return new DepositRefund(
                rs.getString("id"),
                rs.getString("deposit_id"),
                rs.getLong("amount"),
                DepositRefund.Status.valueOf(rs.getString("status")),
                Optional.ofNullable(rs.getString("source_refund_id")),
                Optional.ofNullable(rs.getString("failure_code")),
                SqlTime.read(rs, "created_at"),
                SqlTime.read(rs, "updated_at"));
    }
}
