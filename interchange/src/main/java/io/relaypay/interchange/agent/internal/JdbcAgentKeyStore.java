package io.relaypay.interchange.agent.internal;

import io.relaypay.interchange.agent.AgentKey;
import io.relaypay.interchange.agent.AgentKeyStore;
import io.relaypay.interchange.persistence.SqlTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Merchants' agent keys in {@code agent_keys}; origins newline-separated (they cannot contain one). */
public final class JdbcAgentKeyStore implements AgentKeyStore {

    private final JdbcClient jdbc;

    /** A store over {@code jdbc}. */
    public JdbcAgentKeyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(AgentKey key) {
        jdbc.sql("""
                INSERT INTO agent_keys (id, merchant_id, livemode, public_key, allowed_origins, created_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(
                        key.id(),
                        key.merchantId(),
                        key.livemode(),
                        key.publicKey(),
                        String.join("\n", key.allowedOrigins()),
                        SqlTime.of(key.createdAt()))
                .update();
    }

    @Override
    public Optional<AgentKey> find(String id) {
        return jdbc.sql("SELECT * FROM agent_keys WHERE id = ?")
                .param(id)
                .query(JdbcAgentKeyStore::key)
                .optional();
    }

    @Override
    public List<AgentKey> list(String merchantId, boolean livemode) {
        return jdbc.sql(
                        "SELECT * FROM agent_keys WHERE merchant_id = ? AND livemode = ? ORDER BY created_at DESC, id DESC")
                .params(merchantId, livemode)
                .query(JdbcAgentKeyStore::key)
                .list();
    }

    @Override
    public void revoke(String id, Instant at) {
        jdbc.sql("UPDATE agent_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")
                .params(SqlTime.of(at), id)
                .update();
    }

    private static AgentKey key(ResultSet rs, int row) throws SQLException {
        return new AgentKey(
                rs.getString("id"),
                rs.getString("merchant_id"),
                rs.getBoolean("livemode"),
                rs.getString("public_key"),
                List.of(rs.getString("allowed_origins").split("\n")),
                SqlTime.read(rs, "created_at"),
                SqlTime.readOptional(rs, "revoked_at"));
    }
}
