package io.relaypay.routing.decision;

import java.util.ArrayList;
import java.util.List;

/**
 * What the rules of one decision report, gathered while they run. Rules only add: a denial cannot
 * be taken back and confirmation only gets stronger (in the order of {@link Confirmation}), which is why adding a rule never turns a
 * denial into an allowance.
 */
public final class Findings {

    private final List<Reason> reasons = new ArrayList<>(4);
    private final List<String> fired = new ArrayList<>(4);
    private boolean denied;
    // Null until a rule asks: a rule asking for the PIN alone means the PIN, not the PIN on top of the
    // baseline SMS code.
    private Confirmation requested;

    Findings() {}

    void deny(Rule rule, String code, String message) {
        denied = true;
        add(rule, new Reason(code, message, rule.id(), true));
    }

    void confirm(Rule rule, Confirmation required, String code, String message) {
        requested = requested == null ? required : requested.and(required);
        add(rule, new Reason(code, message, rule.id(), false));
    }

    private void add(Rule rule, Reason reason) {
        reasons.add(reason);
        // A rule reports all its reasons in one go, so comparing with the last one removes duplicates.
        if (fired.isEmpty() || !fired.getLast().equals(rule.id())) {
            fired.add(rule.id());
        }
    }

    Decision decision(PaymentRequest request, String ruleSetVersion) {
        return new Decision(
                request,
                denied ? Outcome.DENY : Outcome.ALLOW,
                requested == null ? Confirmation.SMS_CODE : requested,
                List.copyOf(reasons),
                List.copyOf(fired),
                ruleSetVersion);
    }
}
