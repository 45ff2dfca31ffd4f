package io.relaypay.interchange.funds.internal;

import io.relaypay.interchange.funds.Funding;
import io.relaypay.interchange.funds.FundingMethod;
import io.relaypay.interchange.funds.FundingState;
import io.relaypay.interchange.funds.FundingStore;
import io.relaypay.interchange.payments.FailureReason;
import io.relaypay.interchange.payments.Payment;
import io.relaypay.interchange.persistence.SqlTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Funding records in {@code payment_fundings}; the lease is two columns updated conditionally. */
public final class JdbcFundingStore implements FundingStore {

    private final JdbcClient jdbc;
    private final boolean postgres;

    /** A store over {@code jdbc}; {@code postgres} picks the insert-if-absent statement. */
    public JdbcFundingStore(JdbcClient jdbc, boolean postgres) {
        this.jdbc = jdbc;
        this.postgres = postgres;
    }

    @Override
    public Funding startOrGet(Funding initial) {
        // On PostgreSQL a duplicate-key error would abort a surrounding transaction, so it is avoided;
        // H2 leaves the transaction usable, so there the lost race is simply caught.
        String sql = "INSERT INTO payment_fundings (payment_id, method, state, fee, carrier_share, created_at,"
                + " updated_at) VALUES (?, ?, ?, ?, 0, ?, ?)" + (postgres ? " ON CONFLICT DO NOTHING" : "");
        try {
            jdbc.sql(sql)
                    .params(
                            initial.paymentId(),
                            initial.method().name(),
                            initial.state().name(),
                            initial.fee(),
                            SqlTime.of(initial.createdAt()),
                            SqlTime.of(initial.updatedAt()))
                    .update();
        } catch (DuplicateKeyException alreadyStarted) {
            // another caller started it first: its record is the one
        }
        return find(initial.paymentId()).orElseThrow();
    }

    @Override
    public Optional<Funding> find(String paymentId) {
        return jdbc.sql("SELECT * FROM payment_fundings WHERE payment_id = ?")
                .param(paymentId)
                .query(JdbcFundingStore::funding)
                .optional();
    }

    @Override
    public boolean claim(String paymentId, String token, Instant now, Instant until) {
        return jdbc.sql("""
                        UPDATE payment_fundings SET lease_token = ?, lease_until = ?
                        WHERE payment_id = ? AND (lease_until IS NULL OR lease_until <= ?)""")
                        .params(token, SqlTime.of(until), paymentId, SqlTime.of(now))
                        .update()
                == 1;
    }

    @Override
    public boolean save(Funding next, String token) {
        return jdbc.sql("""
                        UPDATE payment_fundings SET method = ?, state = ?, fee = ?, carrier = ?, carrier_share = ?,
                            charge_id = ?, failure_reason = ?, failure_message = ?, updated_at = ?
                        WHERE payment_id = ? AND lease_token = ?""")
                        .params(
                                next.method().name(),
                                next.state().name(),
                                next.fee(),
                                next.carrier().orElse(null),
                                next.carrierShare(),
                                next.chargeId().orElse(null),
                                next.failure().map(f -> f.reason().name()).orElse(null),
                                next.failure().map(Payment.Failure::message).orElse(null),
                                SqlTime.of(next.updatedAt()),
                                next.paymentId(),
                                token)
                        .update()
                == 1;
    }

    @Override
    public void release(String paymentId, String token) {
        jdbc.sql("UPDATE payment_fundings SET lease_token = NULL, lease_until = NULL"
                        + " WHERE payment_id = ? AND lease_token = ?")
                .params(paymentId, token)
                .update();
    }

    private static Funding funding(ResultSet rs, int n) throws SQLException {
        String reason = rs.getString("failure_reason");
        return new Funding(
                rs.getString("payment_id"),
                FundingMethod.valueOf(rs.getString("method")),
                FundingState.valueOf(rs.getString("state")),
                rs.getLong("fee"),
                Optional.ofNullable(rs.getString("carrier")),
                rs.getLong("carrier_share"),
                Optional.ofNullable(rs.getString("charge_id")),
                reason == null
                        ? Optional.empty()
                        : Optional.of(
                                new Payment.Failure(FailureReason.valueOf(reason), rs.getString("failure_message"))),
                SqlTime.read(rs, "created_at"),
                SqlTime.read(rs, "updated_at"));
    }
}
