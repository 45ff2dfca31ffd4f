package io.relaypay.routing.decision;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A versioned set of rules, as configured: from text ({@link RuleSetParser}) or built in code. The
 * order is the order reasons are reported in within each scope.
 *
 * @param version names this configuration in every decision and log line
 * @param rules the rules; ids are unique
 */
public record RuleSet(String version, List<Rule> rules) {

    /** Copies the rules and checks that ids are unique, so a logged id names one rule. */
    public RuleSet {
        Codes.requireText(version, "version");
        rules = List.copyOf(rules);
        Set<String> ids = new HashSet<>();
        for (Rule rule : rules) {
            if (!ids.add(rule.id())) {
                throw new IllegalArgumentException("duplicate rule id: " + rule.id());
            }
        }
    }

    /** This set with one more rule, under a new version. */
    public RuleSet with(Rule rule, String newVersion) {
        List<Rule> more = new ArrayList<>(rules);
        more.add(rule);
        return new RuleSet(newVersion, more);
    }
}
