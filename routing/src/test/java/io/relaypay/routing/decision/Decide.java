package io.relaypay.routing.decision;

import java.util.List;

/** Runs one decision against a handful of rules, for tests of one rule each. */
final class Decide {

    private Decide() {}

    static Decision with(List<Rule> rules, Requests request, Contexts context) {
        return DecisionEngine.compile(new RuleSet("test", rules)).decide(request.build(), context.build());
    }

    static Decision with(Rule rule, Requests request, Contexts context) {
        return with(List.of(rule), request, context);
    }

    static Limits eur(long perTransaction, long perDay, long perMonth) {
        return new Limits("EUR", perTransaction, perDay, perMonth);
    }
}
