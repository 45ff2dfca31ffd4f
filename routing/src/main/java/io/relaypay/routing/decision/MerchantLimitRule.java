package io.relaypay.routing.decision;

import static java.util.Objects.requireNonNull;

/**
 * Caps on what a merchant may take: one merchant's, or every merchant's when {@code merchantId} is
 * {@code *}. Codes start with {@code merchant.}.
 *
 * @param id rule id
 * @param scope payer countries and carriers it applies to
 * @param merchantId the merchant, or {@code *} for all merchants
 * @param limits the caps on the merchant's takings
 */
public record MerchantLimitRule(String id, Scope scope, String merchantId, Limits limits) implements Rule {

    /** Validates the fields. */
    public MerchantLimitRule {
        Codes.requireText(id, "id");
        requireNonNull(scope, "scope");
        Codes.requireText(merchantId, "merchantId");
        requireNonNull(limits, "limits");
    }

    @Override
    public void check(PaymentRequest request, DecisionContext context, Findings findings) {
        if (Scope.ANY.equals(merchantId) || merchantId.equals(request.merchant().id())) {
            limits.check(request.amount(), context.merchant(), "merchant", "merchant", this, findings);
        }
    }
}
