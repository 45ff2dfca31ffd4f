package io.relaypay.routing.decision;

import static java.util.Objects.requireNonNull;

/**
 * Enforces the limits a parent account set on a child's account (they arrive with the {@link
 * DecisionContext}; the rule says where they apply). Codes start with {@code parental.}.
 *
 * @param id rule id
 * @param scope payer countries and carriers it applies to
 */
public record ParentalLimitRule(String id, Scope scope) implements Rule {

    /** Validates the fields. */
    public ParentalLimitRule {
        Codes.requireText(id, "id");
        requireNonNull(scope, "scope");
    }

    @Override
    public void check(PaymentRequest request, DecisionContext context, Findings findings) {
        if (context.parental().isEmpty()) {
            return;
        }
        ParentalLimits parental = context.parental().get();
        String subject = "parent " + parental.parentUserId();
        parental.limits().check(request.amount(), context.user(), "parental", subject, this, findings);
        if (parental.blockedCategories().contains(request.merchant().category())) {
            findings.deny(
                    this,
                    "parental.category_blocked",
                    subject + " blocked category " + request.merchant().category());
        }
    }
}
