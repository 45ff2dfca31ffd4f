package io.relaypay.routing.decision;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The engine's answer for one request.
 *
 * @param request what was decided
 * @param outcome allow or deny
 * @param confirmation how the payer must confirm (meaningful when allowed)
 * @param reasons every reason reported, denials and confirmation step-ups, in rule order
 * @param firedRules ids of the rules that reported something, in evaluation order
 * @param ruleSetVersion version of the rule set that decided, so a log line can be replayed
 */
public record Decision(
        PaymentRequest request,
        Outcome outcome,
        Confirmation confirmation,
        List<Reason> reasons,
        List<String> firedRules,
        String ruleSetVersion) {

    /** Copies the lists. */
    public Decision {
        requireNonNull(request, "request");
        requireNonNull(outcome, "outcome");
        requireNonNull(confirmation, "confirmation");
        reasons = List.copyOf(reasons);
        firedRules = List.copyOf(firedRules);
        requireNonNull(ruleSetVersion, "ruleSetVersion");
    }

    /** Whether the payment may go ahead. */
    public boolean allowed() {
        return outcome == Outcome.ALLOW;
    }

    /** Whether a reason with this code was reported. */
    public boolean hasReason(String code) {
        for (Reason reason : reasons) {
            if (reason.code().equals(code)) {
                return true;
            }
        }
        return false;
    }

    /**
     * One structured log line, {@code key=value} pairs without spaces inside values (the phone number
     * is left out: it is personal data and the user id finds it).
     */
    public String logLine() {
        StringBuilder line = new StringBuilder(160)
                .append("decision outcome=")
                .append(outcome)
                .append(" confirmation=")
                .append(confirmation)
                .append(" ruleset=")
                .append(ruleSetVersion)
                .append(" user=")
                .append(request.userId())
                .append(" merchant=")
                .append(request.merchant().id())
                .append(" amount=")
                .append(request.amount().minor())
                .append(" currency=")
                .append(request.amount().currency())
                .append(" funding=")
                .append(request.funding())
                .append(" country=")
                .append(request.phone().country())
                .append(" carrier=")
                .append(request.phone().carrier())
                .append(" fired=")
                .append(String.join(",", firedRules))
                .append(" reasons=");
        for (int i = 0; i < reasons.size(); i++) {
            line.append(i == 0 ? "" : ",").append(reasons.get(i).code());
        }
        return line.toString();
    }
}
