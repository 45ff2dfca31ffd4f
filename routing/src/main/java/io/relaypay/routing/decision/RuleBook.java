package io.relaypay.routing.decision;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The rules in force, replaceable at runtime without a restart. A replacement is compiled first and
 * then published in one atomic swap: each decision runs entirely on the old rules or entirely on the
 * new ones, and a rule text that does not parse leaves the rules in force untouched.
 */
public final class RuleBook {

    private final AtomicReference<DecisionEngine> current;

    /** Starts with the given rules. */
    public RuleBook(RuleSet initial) {
        this.current = new AtomicReference<>(DecisionEngine.compile(initial));
    }

    /** Decides on one request with the rules in force when the call starts. */
    public Decision decide(PaymentRequest request, DecisionContext context) {
        return current.get().decide(request, context);
    }

    /** The rules in force now. */
    public RuleSet current() {
        return current.get().ruleSet();
    }

    /** Puts a new rule set in force; returns the one it replaced. */
    public RuleSet replace(RuleSet next) {
        return current.getAndSet(DecisionEngine.compile(next)).ruleSet();
    }

    /**
     * Parses rule text (read by the caller from a file or a database) and puts it in force; returns
     * the rule set it replaced.
     *
     * @throws RuleSetException if the text is invalid; the rules in force stay
     */
    public RuleSet reload(String ruleText) {
        return replace(RuleSetParser.parse(ruleText));
    }
}
