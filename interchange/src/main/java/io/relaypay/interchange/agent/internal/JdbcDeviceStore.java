package io.relaypay.interchange.agent.internal;

import io.relaypay.interchange.agent.Device;
import io.relaypay.interchange.agent.DeviceStore;
import io.relaypay.interchange.persistence.SqlTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Enrolled devices in {@code agent_devices}. */
public final class JdbcDeviceStore implements DeviceStore {

    private final JdbcClient jdbc;

    /** A store over {@code jdbc}. */
    public JdbcDeviceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(Device d) {
        jdbc.sql("""
                INSERT INTO agent_devices (id, phone_number, user_id, public_key, name, platform, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        d.id(),
                        d.phoneNumber(),
                        d.userId(),
                        d.publicKey(),
                        d.name(),
                        d.platform(),
                        SqlTime.of(d.createdAt()))
                .update();
    }

    @Override
    public Optional<Device> find(String id) {
        return jdbc.sql("SELECT * FROM agent_devices WHERE id = ?")
                .param(id)
                .query(JdbcDeviceStore::device)
                .optional();
    }

    @Override
    public List<Device> activeFor(String phoneNumber) {
        return jdbc.sql("SELECT * FROM agent_devices WHERE phone_number = ? AND revoked_at IS NULL ORDER BY created_at")
                .param(phoneNumber)
                .query(JdbcDeviceStore::device)
                .list();
    }

    @Override
    public List<Device> listeningFor(String phoneNumber, Instant now) {
        return jdbc.sql("""
                SELECT * FROM agent_devices
                WHERE phone_number = ? AND revoked_at IS NULL AND listening_until > ?
                ORDER BY created_at""")
                .params(phoneNumber, SqlTime.of(now))
                .query(JdbcDeviceStore::device)
                .list();
    }

    @Override
    public void listening(String id, Instant until) {
        jdbc.sql("UPDATE agent_devices SET listening_until = ? WHERE id = ?")
                .params(SqlTime.of(until), id)
                .update();
    }

    @Override
    public void revoke(String id, Instant at) {
        jdbc.sql("UPDATE agent_devices SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")
                .params(SqlTime.of(at), id)
                .update();
    }

    private static Device device(ResultSet rs, int row) throws SQLException {
        return new Device(
                rs.getString("id"),
                rs.getString("phone_number"),
                rs.getString("user_id"),
                rs.getString("public_key"),
                rs.getString("name"),
                rs.getString("platform"),
                SqlTime.read(rs, "created_at"),
                SqlTime.readOptional(rs, "revoked_at"));
    }
}
