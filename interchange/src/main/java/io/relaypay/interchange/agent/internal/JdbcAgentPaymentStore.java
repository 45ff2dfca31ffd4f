package io.relaypay.interchange.agent.internal;

import io.relaypay.interchange.agent.AgentPayment;
import io.relaypay.interchange.agent.AgentPaymentStore;
import io.relaypay.interchange.persistence.SqlTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Spent payment tokens in {@code agent_payments}; the nonce's primary key makes a token single-use. */
public final class JdbcAgentPaymentStore implements AgentPaymentStore {

    private final JdbcClient jdbc;

    /** A store over {@code jdbc}. */
    public JdbcAgentPaymentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean insert(AgentPayment p) {
        try {
            jdbc.sql("""
                    INSERT INTO agent_payments (nonce, token_hash, device_id, payment_id, created_at)
                    VALUES (?, ?, ?, ?, ?)""")
                    .params(p.nonce(), p.tokenHash(), p.deviceId(), p.paymentId(), SqlTime.of(p.createdAt()))
                    .update();
            return true;
        } catch (DuplicateKeyException spent) {
            // The caller rolls its transaction back: on PostgreSQL it is aborted anyway.
            return false;
        }
    }

    @Override
    public Optional<AgentPayment> find(String nonce) {
        return jdbc.sql("SELECT * FROM agent_payments WHERE nonce = ?")
                .param(nonce)
                .query(JdbcAgentPaymentStore::payment)
                .optional();
    }

    @Override
    public void receipt(String nonce, String receipt) {
        jdbc.sql("UPDATE agent_payments SET receipt = ? WHERE nonce = ? AND receipt IS NULL")
                .params(receipt, nonce)
                .update();
    }

    private static AgentPayment payment(ResultSet rs, int row) throws SQLException {
        return new AgentPayment(
                rs.getString("nonce"),
                rs.getString("token_hash"),
                rs.getString("device_id"),
                rs.getString("payment_id"),
                Optional.ofNullable(rs.getString("receipt")),
                SqlTime.read(rs, "created_at"));
    }
}
