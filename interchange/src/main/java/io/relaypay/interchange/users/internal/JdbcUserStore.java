package io.relaypay.interchange.users.internal;

import io.relaypay.interchange.persistence.SqlTime;
import io.relaypay.interchange.users.User;
import io.relaypay.interchange.users.UserStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Users in the {@code users} table. */
public final class JdbcUserStore implements UserStore {

    private final JdbcClient jdbc;

    /** A store over {@code jdbc}. */
    public JdbcUserStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<User> find(String userId) {
        return jdbc.sql("SELECT * FROM users WHERE id = ?")
                .param(userId)
                .query(JdbcUserStore::user)
                .optional();
    }

    @Override
    public Optional<User> findByPhone(String phoneNumber) {
        return jdbc.sql("SELECT * FROM users WHERE phone_number = ?")
                .param(phoneNumber)
                .query(JdbcUserStore::user)
                .optional();
    }

    @Override
    public boolean insertIfAbsent(User user) {
        // Called outside any transaction (auto-commit), so a lost race fails only this statement.
        try {
            jdbc.sql("INSERT INTO users (id, phone_number, pin_failures, created_at) VALUES (?, ?, 0, ?)")
                    .params(user.id(), user.phoneNumber(), SqlTime.of(user.createdAt()))
                    .update();
            return true;
        } catch (DuplicateKeyException taken) {
            return false;
        }
    }

    @Override
    public void setPinHash(String userId, String pinHash) {
        jdbc.sql("UPDATE users SET pin_hash = ?, pin_failures = 0, pin_locked_until = NULL WHERE id = ?")
                .params(pinHash, userId)
                .update();
    }

    @Override
    public int recordPinFailure(String userId, int maxFailures, Instant lockUntil) {
        jdbc.sql("""
                UPDATE users SET pin_failures = pin_failures + 1,
                    pin_locked_until = CASE WHEN pin_failures + 1 >= ? THEN ? ELSE pin_locked_until END
                WHERE id = ?""").params(maxFailures, SqlTime.of(lockUntil), userId).update();
        return jdbc.sql("SELECT pin_failures FROM users WHERE id = ?")
                .param(userId)
                .query(Integer.class)
                .single();
    }

    @Override
    public void clearPinFailures(String userId) {
        jdbc.sql("UPDATE users SET pin_failures = 0, pin_locked_until = NULL WHERE id = ?")
                .param(userId)
                .update();
    }

    private static User user(ResultSet rs, int row) throws SQLException {
        return new User(
                rs.getString("id"),
                rs.getString("phone_number"),
                Optional.ofNullable(rs.getString("pin_hash")),
                rs.getInt("pin_failures"),
                SqlTime.readOptional(rs, "pin_locked_until"),
                SqlTime.read(rs, "created_at"));
    }
}
