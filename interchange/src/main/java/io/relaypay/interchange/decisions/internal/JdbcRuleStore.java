package io.relaypay.interchange.decisions.internal;

import io.relaypay.interchange.decisions.RuleStore;
import io.relaypay.interchange.decisions.StoredRules;
import io.relaypay.interchange.persistence.SqlTime;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Rule versions in {@code decision_rules}, one row each. */
public final class JdbcRuleStore implements RuleStore {

    private final JdbcClient jdbc;

    /** A store over {@code jdbc}. */
    public JdbcRuleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<StoredRules> latest() {
        return jdbc.sql("SELECT * FROM decision_rules ORDER BY version DESC FETCH FIRST 1 ROWS ONLY")
                .query((rs, row) -> new StoredRules(
                        rs.getLong("version"),
                        rs.getString("label"),
                        rs.getString("rule_text"),
                        rs.getString("source"),
                        SqlTime.read(rs, "created_at")))
                .optional();
    }

    @Override
    public long latestVersion() {
        return jdbc.sql("SELECT COALESCE(MAX(version), 0) FROM decision_rules")
                .query(Long.class)
                .single();
    }

    @Override
    public boolean insert(StoredRules rules) {
        try {
            jdbc.sql("""
                    INSERT INTO decision_rules (version, label, rule_text, source, created_at)
                    VALUES (?, ?, ?, ?, ?)""")
                    .params(rules.version(), rules.label(), rules.text(), rules.source(), SqlTime.of(rules.createdAt()))
                    .update();
            return true;
        } catch (DuplicateKeyException taken) {
            return false;
        }
    }

    @Override
    public boolean labelUsed(String label) {
        return jdbc.sql("SELECT COUNT(*) FROM decision_rules WHERE label = ?")
                        .param(label)
                        .query(Long.class)
                        .single()
                > 0;
    }
}
