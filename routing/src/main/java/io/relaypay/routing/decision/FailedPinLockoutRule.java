package io.relaypay.routing.decision;

import static java.util.Objects.requireNonNull;

/**
 * After too many wrong PINs the account is locked until the PIN is reset, so guessing cannot go on.
 * Code {@code fraud.pin_locked}.
 *
 * @param id rule id
 * @param scope payer countries and carriers it applies to
 * @param maxFailedPins failed PIN entries that lock the account
 */
public record FailedPinLockoutRule(String id, Scope scope, int maxFailedPins) implements Rule {

    /** Validates the fields. */
    public FailedPinLockoutRule {
        Codes.requireText(id, "id");
        requireNonNull(scope, "scope");
        if (maxFailedPins < 1) {
            throw new IllegalArgumentException("maxFailedPins must be at least 1");
        }
    }

    @Override
    public void check(PaymentRequest request, DecisionContext context, Findings findings) {
        if (context.fraud().failedPins() >= maxFailedPins) {
            findings.deny(this, "fraud.pin_locked", "locked after " + maxFailedPins + " failed PIN entries");
        }
    }
}
