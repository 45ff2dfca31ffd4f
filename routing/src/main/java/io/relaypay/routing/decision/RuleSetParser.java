package io.relaypay.routing.decision;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads rule text in a Properties-like form: {@code #} comments, one {@code key = value} per line, a
 * {@code version} line and {@code rule.<id>.<field>} lines. Amounts are integer minor units; lists
 * are comma-separated; {@code country} and {@code carrier} default to {@code *}.
 *
 * <pre>{@code
 * version = 2026-11-23.1
 * rule.de-law.type = country-regulation
 * rule.de-law.country = DE
 * rule.de-law.currency = EUR
 * rule.de-law.per-transaction = 5000
 * rule.de-law.per-month = 30000
 * rule.de-law.minimum-age = 18
 * }</pre>
 *
 * Types: {@code country-regulation}, {@code carrier-premium}, {@code user-limit}, {@code
 * merchant-limit}, {@code merchant-restriction}, {@code parental-limit}, {@code velocity}, {@code
 * blocklist}, {@code new-number}, {@code failed-pin-lockout}, {@code amount-step-up}. Any error is a
 * {@link RuleSetException}; nothing else escapes.
 */
public final class RuleSetParser {

    private RuleSetParser() {}

    /** Parses rule text into a rule set. */
    public static RuleSet parse(String text) {
        String version = null;
        Map<String, RuleFields> rules = new LinkedHashMap<>();
        int number = 0;
        for (String raw : text.lines().toList()) {
            number++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int equals = line.indexOf('=');
            if (equals < 0) {
                throw new RuleSetException("line " + number + ": expected key = value");
            }
            String key = line.substring(0, equals).strip();
            String value = line.substring(equals + 1).strip();
            if (key.equals("version")) {
                if (version != null) {
                    throw new RuleSetException("line " + number + ": version is set twice");
                }
                version = value;
                continue;
            }
            int lastDot = key.lastIndexOf('.');
            if (!key.startsWith("rule.") || lastDot <= "rule.".length()) {
                throw new RuleSetException("line " + number + ": expected version or rule.<id>.<field>, got " + key);
            }
            String id = key.substring("rule.".length(), lastDot);
            int atLine = number;
            rules.computeIfAbsent(id, ruleId -> new RuleFields(ruleId, atLine))
                    .put(key.substring(lastDot + 1), value, number);
        }
        if (version == null || version.isBlank()) {
            throw new RuleSetException("rule text needs a version line");
        }
        List<Rule> built = new ArrayList<>(rules.size());
        for (RuleFields fields : rules.values()) {
            built.add(build(fields));
        }
        try {
            return new RuleSet(version, built);
        } catch (IllegalArgumentException e) {
            throw new RuleSetException(e.getMessage(), e);
        }
    }

    private static Rule build(RuleFields fields) {
        try {
            Rule rule = RuleTypes.build(fields.text("type"), fields);
            fields.requireAllRead();
            return rule;
        } catch (IllegalArgumentException e) {
            // A record constructor refused a value (a bad country code, a negative cap).
            throw fields.problem(e.getMessage());
        }
    }
}
