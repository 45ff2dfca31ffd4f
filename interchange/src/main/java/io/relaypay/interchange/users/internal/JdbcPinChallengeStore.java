package io.relaypay.interchange.users.internal;

import io.relaypay.interchange.persistence.SqlTime;
import io.relaypay.interchange.users.PinChallenge;
import io.relaypay.interchange.users.PinChallengeStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** PIN challenges in the {@code pin_challenges} table. */
public final class JdbcPinChallengeStore implements PinChallengeStore {

    private final JdbcClient jdbc;

    /** A store over {@code jdbc}. */
    public JdbcPinChallengeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(PinChallenge c) {
        jdbc.sql("""
                INSERT INTO pin_challenges (id, user_id, code_hash, attempts, created_at, expires_at)
                VALUES (?, ?, ?, 0, ?, ?)""")
                .params(c.id(), c.userId(), c.codeHash(), SqlTime.of(c.createdAt()), SqlTime.of(c.expiresAt()))
                .update();
    }

    @Override
    public Optional<PinChallenge> find(String challengeId) {
        return jdbc.sql("SELECT * FROM pin_challenges WHERE id = ?")
                .param(challengeId)
                .query(JdbcPinChallengeStore::challenge)
                .optional();
    }

    @Override
    public Optional<PinChallenge> latest(String userId) {
        return jdbc.sql("SELECT * FROM pin_challenges WHERE user_id = ? ORDER BY created_at DESC, id DESC"
                        + " FETCH FIRST 1 ROWS ONLY")
                .param(userId)
                .query(JdbcPinChallengeStore::challenge)
                .optional();
    }

    @Override
    public int recordAttempt(String challengeId) {
        jdbc.sql("UPDATE pin_challenges SET attempts = attempts + 1 WHERE id = ?")
                .param(challengeId)
                .update();
        return jdbc.sql("SELECT attempts FROM pin_challenges WHERE id = ?")
                .param(challengeId)
                .query(Integer.class)
                .single();
    }

    @Override
    public boolean complete(String challengeId, Instant at) {
        return jdbc.sql("UPDATE pin_challenges SET completed_at = ? WHERE id = ? AND completed_at IS NULL")
                        .params(SqlTime.of(at), challengeId)
                        .update()
                == 1;
    }

    private static PinChallenge challenge(ResultSet rs, int row) throws SQLException {
        return new PinChallenge(
                rs.getString("id"),
                rs.getString("user_id"),
                rs.getString("code_hash"),
                rs.getInt("attempts"),
                SqlTime.read(rs, "created_at"),
                SqlTime.read(rs, "expires_at"),
                SqlTime.readOptional(rs, "completed_at"));
    }
}
