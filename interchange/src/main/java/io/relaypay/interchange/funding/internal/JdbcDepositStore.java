package io.relaypay.interchange.funding.internal;

import io.relaypay.interchange.funding.Deposit;
import io.relaypay.interchange.funding.DepositStatus;
import io.relaypay.interchange.funding.DepositStore;
import io.relaypay.interchange.funding.FundingKind;
import io.relaypay.interchange.persistence.SqlTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Deposits in {@code funding_deposits}. */
public final class JdbcDepositStore implements DepositStore {

    private static final String COLUMNS = """
            id, user_id, kind, linked_account_id, display, amount, currency, livemode, status, confirm_by,
            code_hash, attempts, charge_id, next_action_url, failure_code, amount_refunded, created_at, updated_at""";

    private final JdbcClient jdbc;

    /** Deposits in {@code dataSource}. */
    public JdbcDepositStore(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public void insert(Deposit d) {
        jdbc.sql("INSERT INTO funding_deposits (" + COLUMNS + ") VALUES "
                        + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        d.id(),
                        d.userId(),
                        d.kind().name(),
                        d.linkedAccountId().orElse(null),
                        d.display(),
                        d.amount(),
                        d.currency(),
                        d.livemode(),
                        d.status().name(),
                        d.confirmBy().name(),
                        d.codeHash().orElse(null),
                        d.attempts(),
                        d.chargeId().orElse(null),
                        d.nextActionUrl().orElse(null),
                        d.failureCode().orElse(null),
                        d.amountRefunded(),
                        time(d.createdAt()),
                        time(d.updatedAt()))
                .update();
    }

    @Override
    public Optional<Deposit> find(String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM funding_deposits WHERE id = ?")
                .param(id)
                .query(JdbcDepositStore::row)
                .optional();
    }

    @Override
    public void recordCarrierCharge(String depositId, String carrier, long carrierShare, Instant creditedAt) {
        jdbc.sql("UPDATE funding_deposits SET carrier = ?, carrier_share = ?, credited_at = ?"
                        + " WHERE id = ? AND carrier_share IS NULL")
                .params(carrier, carrierShare, time(creditedAt), depositId)
                .update();
    }

    @Override
    public boolean replace(Deposit d, DepositStatus expected, Instant expectedUpdatedAt) {
        return jdbc.sql("""
                        UPDATE funding_deposits SET status = ?, code_hash = ?, attempts = ?, charge_id = ?,
                            next_action_url = ?, failure_code = ?, amount_refunded = ?, updated_at = ?
                        WHERE id = ? AND status = ? AND updated_at = ?""")
                        .params(
                                d.status().name(),
                                d.codeHash().orElse(null),
                                d.attempts(),
                                d.chargeId().orElse(null),
                                d.nextActionUrl().orElse(null),
                                d.failureCode().orElse(null),
                                d.amountRefunded(),
                                time(d.updatedAt()),
                                d.id(),
                                expected.name(),
                                time(expectedUpdatedAt))
                        .update()
                == 1;
    }

    @Override
    public List<Deposit> stale(Set<DepositStatus> statuses, Instant before, int limit) {
        List<String> names = statuses.stream().map(Enum::name).toList();
        return jdbc.sql("SELECT " + COLUMNS + " FROM funding_deposits WHERE status IN (:statuses) "
                        + "AND updated_at < :before ORDER BY updated_at LIMIT :limit")
                .param("statuses", names)
                .param("before", time(before))
                .param("limit", limit)
                .query(JdbcDepositStore::row)
                .list();
    }

    @Override
    public List<Deposit> ofUser(String userId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM funding_deposits WHERE user_id = ? ORDER BY created_at DESC LIMIT ?")
                .params(userId, limit)
                .query(JdbcDepositStore::row)
                .list();
    }

    /** Microseconds, what both databases keep: a compare-and-set on the time must see the stored value. */
    private static java.time.OffsetDateTime time(Instant instant) {
        return SqlTime.of(instant.truncatedTo(ChronoUnit.MICROS));
    }

    private static Deposit row(ResultSet rs, int n) throws SQLException {
        return new Deposit(
                rs.getString("id"),
                rs.getString("user_id"),
                FundingKind.valueOf(rs.getString("kind")),
                Optional.ofNullable(rs.getString("linked_account_id")),
                rs.getString("display"),
                rs.getLong("amount"),
                rs.getString("currency"),
                rs.getBoolean("livemode"),
                DepositStatus.valueOf(rs.getString("status")),
                Deposit.ConfirmBy.valueOf(rs.getString("confirm_by")),
                Optional.ofNullable(rs.getString("code_hash")),
                rs.getInt("attempts"),
                Optional.ofNullable(rs.getString("charge_id")),
                Optional.ofNullable(rs.getString("next_action_url")),
                Optional.ofNullable(rs.getString("failure_code")),
                rs.getLong("amount_refunded"),
                SqlTime.read(rs, "created_at"),
                SqlTime.read(rs, "updated_at"));
    }
}
