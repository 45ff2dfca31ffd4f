package io.relaypay.interchange.settlement.internal;

import io.relaypay.interchange.common.Transactions;
import io.relaypay.interchange.funds.FundingMethod;
import io.relaypay.interchange.persistence.SqlTime;
import io.relaypay.interchange.settlement.UserFeeStore;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** User fee debts in {@code user_fee_debts}, their collections in {@code user_fee_collections}. */
public final class JdbcUserFeeStore implements UserFeeStore {

    private final JdbcClient jdbc;
    private final Transactions transactions;

    /** A store over {@code jdbc}. */
    public JdbcUserFeeStore(JdbcClient jdbc, Transactions transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public Optional<String> fundingMethod(String paymentId) {
        return jdbc.sql("SELECT method FROM payment_fundings WHERE payment_id = ? AND state = 'SETTLED'")
                .param(paymentId)
                .query(String.class)
                .optional()
                .map(name -> FundingMethod.valueOf(name).wire());
    }

    @Override
    public void recordIfAbsent(Debt d, String method, Instant now) {
        try {
            jdbc.sql("INSERT INTO user_fee_debts (payment_id, user_id, currency, livemode, method, amount, collected,"
                            + " created_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?)")
                    .params(d.paymentId(), d.userId(), d.currency(), d.livemode(), method, d.amount(), SqlTime.of(now))
                    .update();
        } catch (DuplicateKeyException recordedBefore) {
            // A retry of the same payment: the debt is already there.
        }
    }

    @Override
    public List<Debt> open(String userId, String currency, boolean livemode) {
        return jdbc.sql("SELECT * FROM user_fee_debts WHERE user_id = ? AND currency = ? AND livemode = ?"
                        + " AND collected < amount ORDER BY created_at, payment_id")
                .params(userId, currency, livemode)
                .query((rs, n) -> new Debt(
                        rs.getString("payment_id"),
                        rs.getString("user_id"),
                        rs.getString("currency").trim(),
                        rs.getBoolean("livemode"),
                        rs.getLong("amount"),
                        rs.getLong("collected")))
                .list();
    }

    @Override
    public Optional<Long> collection(String debtPaymentId, String paymentId) {
        return jdbc.sql("SELECT amount FROM user_fee_collections WHERE debt_payment_id = ? AND payment_id = ?")
                .params(debtPaymentId, paymentId)
                .query(Long.class)
                .optional();
    }

    @Override
    public long startCollection(String debtPaymentId, String paymentId, long amount, Instant now) {
        try {
            jdbc.sql("INSERT INTO user_fee_collections (debt_payment_id, payment_id, amount, booked, created_at)"
                            + " VALUES (?, ?, ?, FALSE, ?)")
                    .params(debtPaymentId, paymentId, amount, SqlTime.of(now))
                    .update();
            return amount;
        } catch (DuplicateKeyException concurrent) {
            return collection(debtPaymentId, paymentId).orElseThrow(() -> concurrent);
        }
    }

    @Override
    public void dropCollection(String debtPaymentId, String paymentId) {
        jdbc.sql("DELETE FROM user_fee_collections WHERE debt_payment_id = ? AND payment_id = ? AND booked = FALSE")
                .params(debtPaymentId, paymentId)
                .update();
    }

    @Override
    public List<Unfinished> unfinished(Instant before, int limit) {
        return jdbc.sql("SELECT debt_payment_id, payment_id FROM user_fee_collections WHERE booked = FALSE"
                        + " AND created_at < ? ORDER BY created_at FETCH FIRST ? ROWS ONLY")
                .params(SqlTime.of(before), limit)
                .query((rs, n) -> new Unfinished(rs.getString("debt_payment_id"), rs.getString("payment_id")))
                .list();
    }

    @Override
    public void finishCollection(String debtPaymentId, String paymentId) {
        transactions.inTransaction(() -> {
            int marked = jdbc.sql("UPDATE user_fee_collections SET booked = TRUE"
                            + " WHERE debt_payment_id = ? AND payment_id = ? AND booked = FALSE")
                    .params(debtPaymentId, paymentId)
                    .update();
            if (marked == 1) {
                jdbc.sql("UPDATE user_fee_debts SET collected = collected + (SELECT amount FROM user_fee_collections"
                                + " WHERE debt_payment_id = ? AND payment_id = ?) WHERE payment_id = ?")
                        .params(debtPaymentId, paymentId, debtPaymentId)
                        .update();
            }
            return marked;
        });
    }
}
