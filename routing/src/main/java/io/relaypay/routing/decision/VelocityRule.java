package io.relaypay.routing.decision;

import static java.util.Objects.requireNonNull;

/**
 * Too many attempts in a short time look like a stolen phone or a script. Denies when this attempt
 * would be more than {@code maxPerHour} in an hour or {@code maxPerDay} in a day. Code {@code
 * fraud.velocity_exceeded}.
 *
 * @param id rule id
 * @param scope payer countries and carriers it applies to
 * @param maxPerHour most attempts allowed in an hour, this one included
 * @param maxPerDay most attempts allowed in 24 hours, this one included
 */
public record VelocityRule(String id, Scope scope, int maxPerHour, int maxPerDay) implements Rule {

    /** Validates the fields. */
    public VelocityRule {
        Codes.requireText(id, "id");
        requireNonNull(scope, "scope");
        if (maxPerHour < 1 || maxPerDay < 1) {
            throw new IllegalArgumentException("velocity limits must be at least 1");
        }
    }

    @Override
    public void check(PaymentRequest request, DecisionContext context, Findings findings) {
        FraudSignals fraud = context.fraud();
        if (fraud.attemptsLastHour() >= maxPerHour || fraud.attemptsLastDay() >= maxPerDay) {
            findings.deny(
                    this,
                    "fraud.velocity_exceeded",
                    "at most " + maxPerHour + " payments an hour and " + maxPerDay + " a day");
        }
    }
}
