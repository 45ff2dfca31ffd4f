package io.relaypay.interchange.decisions.internal;

import io.relaypay.interchange.decisions.DecisionLog;
import io.relaypay.interchange.persistence.SqlTime;
import io.relaypay.routing.decision.Reason;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Decisions in {@code decisions}, the reasons as a JSON array. */
public final class JdbcDecisionLog implements DecisionLog {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    /** A log over {@code jdbc}. */
    public JdbcDecisionLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(StoredDecision d) {
        List<Map<String, Object>> reasons = new ArrayList<>();
        for (Reason reason : d.reasons()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("code", reason.code());
            r.put("message", reason.message());
            r.put("rule", reason.ruleId());
            r.put("denies", reason.denies());
            reasons.add(r);
        }
        jdbc.sql("""
                INSERT INTO decisions (id, payment_id, allowed, confirmation, reasons, fired_rules, rule_set_label,
                    rules_version, amount, currency, carrier, country, decided_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        d.id(),
                        d.paymentId(),
                        d.allowed(),
                        d.confirmation(),
                        JSON.writeValueAsString(reasons),
                        String.join(",", d.firedRules()),
                        d.ruleSetLabel(),
                        d.rulesVersion(),
                        d.amount(),
                        d.currency(),
                        d.carrier(),
                        d.country(),
                        SqlTime.of(d.decidedAt()))
                .update();
    }

    @Override
    public List<StoredDecision> forPayment(String paymentId) {
        return jdbc.sql("SELECT * FROM decisions WHERE payment_id = ? ORDER BY decided_at DESC, id DESC")
                .param(paymentId)
                .query(JdbcDecisionLog::decision)
                .list();
    }

    private static StoredDecision decision(ResultSet rs, int row) throws SQLException {
        List<Reason> reasons = new ArrayList<>();
        for (JsonNode r : JSON.readTree(rs.getString("reasons"))) {
            reasons.add(new Reason(
                    r.get("code").asString(),
                    r.get("message").asString(),
                    r.get("rule").asString(),
                    r.get("denies").asBoolean()));
        }
        String fired = rs.getString("fired_rules");
        return new StoredDecision(
                rs.getString("id"),
                rs.getString("payment_id"),
                rs.getBoolean("allowed"),
                rs.getString("confirmation"),
                reasons,
                fired.isEmpty() ? List.of() : Arrays.asList(fired.split(",")),
                rs.getString("rule_set_label"),
                rs.getLong("rules_version"),
                rs.getLong("amount"),
                rs.getString("currency"),
                rs.getString("carrier"),
                rs.getString("country"),
                SqlTime.read(rs, "decided_at"));
    }
}
