package io.relaypay.routing.decision;

import static java.util.Objects.requireNonNull;

/**
 * Caps on what a user may spend: one user's, or every user's when {@code userId} is {@code *}.
 * Codes start with {@code user.}.
 *
 * @param id rule id
 * @param scope payer countries and carriers it applies to
 * @param userId the user, or {@code *} for all users
 * @param limits the caps on the user's spending
 */
public record UserLimitRule(String id, Scope scope, String userId, Limits limits) implements Rule {

    /** Validates the fields. */
    public UserLimitRule {
        Codes.requireText(id, "id");
        requireNonNull(scope, "scope");
        Codes.requireText(userId, "userId");
        requireNonNull(limits, "limits");
    }

    @Override
    public void check(PaymentRequest request, DecisionContext context, Findings findings) {
        if (Scope.ANY.equals(userId) || userId.equals(request.userId())) {
            limits.check(request.amount(), context.user(), "user", "user", this, findings);
        }
    }
}
