package io.relaypay.interchange.agent.internal;

import io.relaypay.interchange.agent.AgentMessage;
import io.relaypay.interchange.agent.MailboxStore;
import io.relaypay.interchange.persistence.SqlTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The agents' mailbox in {@code agent_messages}. */
public final class JdbcMailboxStore implements MailboxStore {

    private final JdbcClient jdbc;

    /** A store over {@code jdbc}. */
    public JdbcMailboxStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(AgentMessage m) {
        jdbc.sql("""
                INSERT INTO agent_messages (id, device_id, channel, message_id, delivery_id, text, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        m.id(),
                        m.deviceId(),
                        m.channel(),
                        m.messageId(),
                        m.deliveryId(),
                        m.text(),
                        SqlTime.of(m.createdAt()))
                .update();
    }

    @Override
    public List<AgentMessage> lockUnfetched(String deviceId, int limit) {
        // The same SKIP LOCKED claim as the outbox's, which runs on H2 and PostgreSQL alike.
        return jdbc.sql("SELECT * FROM agent_messages WHERE device_id = ? AND fetched_at IS NULL"
                        + " ORDER BY created_at, id FETCH FIRST " + Math.max(1, limit)
                        + " ROWS ONLY FOR UPDATE SKIP LOCKED")
                .param(deviceId)
                .query(JdbcMailboxStore::message)
                .list();
    }

    @Override
    public void markFetched(List<String> ids, Instant at) {
        for (String id : ids) {
            jdbc.sql("UPDATE agent_messages SET fetched_at = ?, text = '' WHERE id = ?")
                    .params(SqlTime.of(at), id)
                    .update();
        }
    }

    private static AgentMessage message(ResultSet rs, int row) throws SQLException {
        return new AgentMessage(
                rs.getString("id"),
                rs.getString("device_id"),
                rs.getString("channel"),
                rs.getString("message_id"),
                rs.getString("delivery_id"),
                rs.getString("text"),
                SqlTime.read(rs, "created_at"));
    }
}
