package io.relaypay.routing.decision;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link RuleSet} compiled for evaluation: rules filed into arrays by carrier, by country and
 * global, so a decision looks up two arrays and visits only the rules that can apply. Immutable and
 * thread-safe; build a new one to change rules (see {@link RuleBook}).
 */
public final class DecisionEngine {

    private static final Rule[] NONE = new Rule[0];

    private final RuleSet ruleSet;
    private final Rule[] global;
    private final Map<String, Rule[]> byCountry;
    private final Map<String, Rule[]> byCarrier;

    private DecisionEngine(RuleSet ruleSet) {
        this.ruleSet = ruleSet;
        List<Rule> globalRules = new ArrayList<>();
        Map<String, List<Rule>> countryRules = new HashMap<>();
        Map<String, List<Rule>> carrierRules = new HashMap<>();
        for (Rule rule : ruleSet.rules()) {
            Scope scope = rule.scope();
            if (!scope.anyCarrier()) {
                carrierRules
                        .computeIfAbsent(scope.carrier(), key -> new ArrayList<>())
                        .add(rule);
            } else if (!scope.anyCountry()) {
                countryRules
                        .computeIfAbsent(scope.country(), key -> new ArrayList<>())
                        .add(rule);
            } else {
                globalRules.add(rule);
            }
        }
        this.global = globalRules.toArray(NONE);
        this.byCountry = toArrays(countryRules);
        this.byCarrier = toArrays(carrierRules);
    }

    /** Compiles a rule set. */
    public static DecisionEngine compile(RuleSet ruleSet) {
        return new DecisionEngine(requireNonNull(ruleSet, "ruleSet"));
    }

    /** The rule set this engine was compiled from. */
    public RuleSet ruleSet() {
        return ruleSet;
    }

    /** Decides on one request against a snapshot of its context. */
    public Decision decide(PaymentRequest request, DecisionContext context) {
        Findings findings = new Findings();
        Phone phone = request.phone();
        for (Rule rule : global) {
            rule.check(request, context, findings);
        }
        for (Rule rule : byCountry.getOrDefault(phone.country(), NONE)) {
            rule.check(request, context, findings);
        }
        for (Rule rule : byCarrier.getOrDefault(phone.carrier(), NONE)) {
            // A carrier rule may also name a country (a carrier that serves several).
            if (rule.scope().coversCountry(phone.country())) {
                rule.check(request, context, findings);
            }
        }
        return findings.decision(request, ruleSet.version());
    }

    private static Map<String, Rule[]> toArrays(Map<String, List<Rule>> rules) {
        Map<String, Rule[]> arrays = new HashMap<>();
        rules.forEach((key, list) -> arrays.put(key, list.toArray(NONE)));
        return Map.copyOf(arrays);
    }
}
