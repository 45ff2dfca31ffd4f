package io.relaypay.routing.decision;

import static java.util.Objects.requireNonNull;

/**
 * Larger payments ask for a stronger confirmation. Does not deny; a threshold in another currency
 * asks for the stronger confirmation too, since the amount cannot be compared. Code {@code
 * confirmation.amount_step_up}.
 *
 * @param id rule id
 * @param scope payer countries and carriers it applies to
 * @param threshold payments of at least this amount step up
 * @param required the confirmation they must give
 */
public record AmountStepUpRule(String id, Scope scope, Money threshold, Confirmation required) implements Rule {

    /** Validates the fields. */
    public AmountStepUpRule {
        Codes.requireText(id, "id");
        requireNonNull(scope, "scope");
        requireNonNull(threshold, "threshold");
        requireNonNull(required, "required");
    }

    @Override
    public void check(PaymentRequest request, DecisionContext context, Findings findings) {
        Money amount = request.amount();
        if (!threshold.currency().equals(amount.currency()) || amount.minor() >= threshold.minor()) {
            findings.confirm(
                    this, required, "confirmation.amount_step_up", "payments from " + threshold + " need " + required);
        }
    }
}
