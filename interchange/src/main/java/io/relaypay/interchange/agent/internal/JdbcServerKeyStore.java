package io.relaypay.interchange.agent.internal;

import io.relaypay.interchange.agent.ServerKey;
import io.relaypay.interchange.agent.ServerKeyStore;
import io.relaypay.interchange.persistence.SqlTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The interchange's keys in {@code agent_server_keys}. */
public final class JdbcServerKeyStore implements ServerKeyStore {

    private final JdbcClient jdbc;

    /** A store over {@code jdbc}. */
    public JdbcServerKeyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ServerKey> list(ServerKey.Purpose purpose) {
        return jdbc.sql("""
                SELECT * FROM agent_server_keys WHERE purpose = ?
                ORDER BY CASE WHEN retired_at IS NULL THEN 0 ELSE 1 END, created_at DESC, kid DESC""")
                .param(purpose.name())
                .query(JdbcServerKeyStore::key)
                .list();
    }

    @Override
    public void insert(ServerKey key) {
        jdbc.sql("""
                INSERT INTO agent_server_keys (kid, purpose, public_key, private_key_sealed, created_at)
                VALUES (?, ?, ?, ?, ?)""")
                .params(
                        key.kid(),
                        key.purpose().name(),
                        key.publicKey(),
                        key.sealedPrivateKey(),
                        SqlTime.of(key.createdAt()))
                .update();
    }

    @Override
    public void retireAllBut(ServerKey.Purpose purpose, String keep, Instant at) {
        jdbc.sql("UPDATE agent_server_keys SET retired_at = ? WHERE purpose = ? AND kid <> ? AND retired_at IS NULL")
                .params(SqlTime.of(at), purpose.name(), keep)
                .update();
    }

    private static ServerKey key(ResultSet rs, int row) throws SQLException {
        return new ServerKey(
                rs.getString("kid"),
                ServerKey.Purpose.valueOf(rs.getString("purpose")),
                rs.getString("public_key"),
                rs.getString("private_key_sealed"),
                SqlTime.read(rs, "created_at"),
                SqlTime.readOptional(rs, "retired_at"));
    }
}
