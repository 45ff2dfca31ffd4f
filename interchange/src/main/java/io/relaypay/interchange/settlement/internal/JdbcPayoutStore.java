package io.relaypay.interchange.settlement.internal;

import io.relaypay.interchange.common.SecretBox;
import io.relaypay.interchange.persistence.SqlTime;
import io.relaypay.interchange.settlement.Payout;
import io.relaypay.interchange.settlement.PayoutStatus;
import io.relaypay.interchange.settlement.PayoutStore;
import io.relaypay.interchange.settlement.Period;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Payouts in the {@code payouts} table, payout accounts (sealed, as bank account numbers are) in
 * {@code merchants.payout_account} and {@code payouts.destination}, and the
 * merchant balances from the {@code ledger_accounts} index. Not used inside a transaction: a
 * duplicate insert is caught, which PostgreSQL allows outside one.
 */
public final class JdbcPayoutStore implements PayoutStore {

    private final JdbcClient jdbc;
    private final SecretBox secrets;

    /** A store over {@code jdbc}; payout accounts are sealed with {@code secrets} at rest. */
    public JdbcPayoutStore(JdbcClient jdbc, SecretBox secrets) {
        this.jdbc = jdbc;
        this.secrets = secrets;
    }

    @Override
    public List<MerchantAccount> merchantAccounts() {
        return jdbc.sql("SELECT owner, currency, livemode FROM ledger_accounts WHERE purpose = 'balance'"
                        + " ORDER BY owner, currency, livemode")
                .query((rs, n) ->
                        new MerchantAccount(rs.getString("owner"), rs.getString("currency"), rs.getBoolean("livemode")))
                .list();
    }

    @Override
    public Optional<String> payoutAccount(String merchantId) {
        return jdbc.sql("SELECT payout_account FROM merchants WHERE id = ?")
                .param(merchantId)
                .query((rs, n) -> Optional.ofNullable(rs.getString(1)))
                .optional()
                .flatMap(account -> account)
                .map(secrets::open);
    }

    @Override
    public boolean setPayoutAccount(String merchantId, String account) {
        return jdbc.sql("UPDATE merchants SET payout_account = ? WHERE id = ?")
                        .params(secrets.seal(account), merchantId)
                        .update()
                == 1;
    }

    @Override
    public Optional<Payout> find(String merchantId, boolean livemode, String currency, Period period) {
        return jdbc.sql("SELECT * FROM payouts WHERE merchant_id = ? AND livemode = ? AND currency = ?"
                        + " AND period_start = ? AND period_end = ?")
                .params(merchantId, livemode, currency, SqlTime.of(period.start()), SqlTime.of(period.end()))
                .query(this::payout)
                .optional();
    }

    @Override
    public Optional<Payout> find(String id, String merchantId, boolean livemode) {
        return jdbc.sql("SELECT * FROM payouts WHERE id = ? AND merchant_id = ? AND livemode = ?")
                .params(id, merchantId, livemode)
                .query(this::payout)
                .optional();
    }

    @Override
    public Payout insertIfAbsent(Payout p) {
        try {
            jdbc.sql("""
                    INSERT INTO payouts (id, merchant_id, livemode, currency, period_start, period_end, amount,
                        destination, status, failure_reason, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            p.id(),
                            p.merchantId(),
                            p.livemode(),
                            p.currency(),
                            SqlTime.of(p.period().start()),
                            SqlTime.of(p.period().end()),
                            p.amount(),
                            secrets.seal(p.destination()),
                            p.status().name(),
                            p.failureReason().orElse(null),
                            SqlTime.of(p.createdAt()),
                            SqlTime.of(p.updatedAt()))
                    .update();
            return p;
        } catch (DuplicateKeyException concurrentRun) {
            return find(p.merchantId(), p.livemode(), p.currency(), p.period()).orElseThrow(() -> concurrentRun);
        }
    }

    @Override
    public boolean finish(String id, PayoutStatus status, Optional<String> failureReason, Instant now) {
        return jdbc.sql("UPDATE payouts SET status = ?, failure_reason = ?, updated_at = ? WHERE id = ? AND status = ?")
                        .params(
                                status.name(),
                                failureReason.orElse(null),
                                SqlTime.of(now),
                                id,
                                PayoutStatus.PENDING.name())
                        .update()
                == 1;
    }

    @Override
    public List<Payout> ofMerchant(String merchantId, boolean livemode, int limit) {
        return jdbc.sql("SELECT * FROM payouts WHERE merchant_id = ? AND livemode = ?"
                        + " ORDER BY created_at DESC, id DESC FETCH FIRST ? ROWS ONLY")
                .params(merchantId, livemode, limit)
                .query(this::payout)
                .list();
    }

    @Override
    public List<Payout> stuck(Instant before, int limit) {
        return jdbc.sql("SELECT * FROM payouts WHERE status = 'PENDING' AND updated_at < ?"
                        + " ORDER BY updated_at FETCH FIRST ? ROWS ONLY")
                .params(SqlTime.of(before), limit)
                .query(this::payout)
                .list();
    }

    private Payout payout(ResultSet rs, int n) throws SQLException {
        return new Payout(
                rs.getString("id"),
                rs.getString("merchant_id"),
                rs.getBoolean("livemode"),
                rs.getString("currency").trim(),
                new Period(SqlTime.read(rs, "period_start"), SqlTime.read(rs, "period_end")),
                rs.getLong("amount"),
                secrets.open(rs.getString("destination")),
                PayoutStatus.valueOf(rs.getString("status")),
                Optional.ofNullable(rs.getString("failure_reason")),
                SqlTime.read(rs, "created_at"),
                SqlTime.read(rs, "updated_at"));
    }
}
