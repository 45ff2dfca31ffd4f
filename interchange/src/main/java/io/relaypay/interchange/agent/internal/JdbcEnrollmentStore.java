package io.relaypay.interchange.agent.internal;

import io.relaypay.interchange.agent.Enrollment;
import io.relaypay.interchange.agent.EnrollmentStore;
import io.relaypay.interchange.persistence.SqlTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Enrollments in {@code agent_enrollments}. */
public final class JdbcEnrollmentStore implements EnrollmentStore {

    private final JdbcClient jdbc;

    /** A store over {@code jdbc}. */
    public JdbcEnrollmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(Enrollment e) {
        jdbc.sql("""
                INSERT INTO agent_enrollments (id, phone_number, code_hash, attempts, status, created_at, expires_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        e.id(),
                        e.phoneNumber(),
                        e.codeHash(),
                        e.attempts(),
                        e.status().name(),
                        SqlTime.of(e.createdAt()),
                        SqlTime.of(e.expiresAt()))
                .update();
    }

    @Override
    public Optional<Enrollment> lock(String id) {
        return jdbc.sql("SELECT * FROM agent_enrollments WHERE id = ? FOR UPDATE")
                .param(id)
                .query(JdbcEnrollmentStore::enrollment)
                .optional();
    }

    @Override
    public int countSince(String phoneNumber, Instant since) {
        return jdbc.sql("SELECT COUNT(*) FROM agent_enrollments WHERE phone_number = ? AND created_at > ?")
                .params(phoneNumber, SqlTime.of(since))
                .query(Integer.class)
                .single();
    }

    @Override
    public void update(Enrollment e) {
        jdbc.sql("UPDATE agent_enrollments SET attempts = ?, status = ?, device_id = ? WHERE id = ?")
                .params(e.attempts(), e.status().name(), e.deviceId().orElse(null), e.id())
                .update();
    }

    private static Enrollment enrollment(ResultSet rs, int row) throws SQLException {
        return new Enrollment(
                rs.getString("id"),
                rs.getString("phone_number"),
                rs.getString("code_hash"),
                rs.getInt("attempts"),
                Enrollment.Status.valueOf(rs.getString("status")),
                Optional.ofNullable(rs.getString("device_id")),
                SqlTime.read(rs, "created_at"),
                SqlTime.read(rs, "expires_at"));
    }
}
