package io.relaypay.interchange.confirmations.internal;

import io.relaypay.interchange.confirmations.Confirmation;
import io.relaypay.interchange.confirmations.ConfirmationStore;
import io.relaypay.interchange.confirmations.Method;
import io.relaypay.interchange.persistence.SqlTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Confirmations in the {@code confirmations} table. */
public final class JdbcConfirmationStore implements ConfirmationStore {

    private final JdbcClient jdbc;

    /** A store over {@code jdbc}. */
    public JdbcConfirmationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void save(Confirmation c) {
        int updated = jdbc.sql("""
                UPDATE confirmations SET user_id = ?, phone_number = ?, method = ?, reply_code_hash = ?,
                    web_code_hash = ?, code_confirmed = ?, pin_confirmed = ?, attempts = ?, sends = ?,
                    created_at = ?, expires_at = ?
                WHERE payment_id = ?""")
                .params(
                        c.userId(),
                        c.phoneNumber(),
                        c.method().name(),
                        c.replyCodeHash().orElse(null),
                        c.webCodeHash().orElse(null),
                        c.codeConfirmed(),
                        c.pinConfirmed(),
                        c.attempts(),
                        c.sends(),
                        SqlTime.of(c.createdAt()),
                        SqlTime.of(c.expiresAt()),
                        c.paymentId())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO confirmations (payment_id, user_id, phone_number, method, reply_code_hash,
                        web_code_hash, code_confirmed, pin_confirmed, attempts, sends, created_at, expires_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            c.paymentId(),
                            c.userId(),
                            c.phoneNumber(),
                            c.method().name(),
                            c.replyCodeHash().orElse(null),
                            c.webCodeHash().orElse(null),
                            c.codeConfirmed(),
                            c.pinConfirmed(),
                            c.attempts(),
                            c.sends(),
                            SqlTime.of(c.createdAt()),
                            SqlTime.of(c.expiresAt()))
                    .update();
        }
    }

    @Override
    public Optional<Confirmation> find(String paymentId) {
        return jdbc.sql("SELECT * FROM confirmations WHERE payment_id = ?")
                .param(paymentId)
                .query(JdbcConfirmationStore::confirmation)
                .optional();
    }

    @Override
    public Optional<Confirmation> lock(String paymentId) {
        return jdbc.sql("SELECT * FROM confirmations WHERE payment_id = ? FOR UPDATE")
                .param(paymentId)
                .query(JdbcConfirmationStore::confirmation)
                .optional();
    }

    @Override
    public List<Confirmation> openFor(String phoneNumber, Instant now) {
        return jdbc.sql("""
                SELECT * FROM confirmations WHERE phone_number = ? AND expires_at > ?
                ORDER BY created_at DESC, payment_id DESC""")
                .params(phoneNumber, SqlTime.of(now))
                .query(JdbcConfirmationStore::confirmation)
                .list();
    }

    private static Confirmation confirmation(ResultSet rs, int row) throws SQLException {
        return new Confirmation(
                rs.getString("payment_id"),
                rs.getString("user_id"),
                rs.getString("phone_number"),
                Method.valueOf(rs.getString("method")),
                Optional.ofNullable(rs.getString("reply_code_hash")),
                Optional.ofNullable(rs.getString("web_code_hash")),
                rs.getBoolean("code_confirmed"),
                rs.getBoolean("pin_confirmed"),
                rs.getInt("attempts"),
                rs.getInt("sends"),
                SqlTime.read(rs, "created_at"),
                SqlTime.read(rs, "expires_at"));
    }
}
