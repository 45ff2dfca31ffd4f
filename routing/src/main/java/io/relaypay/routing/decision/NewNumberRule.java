package io.relaypay.routing.decision;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * A number first seen recently (a fresh SIM, a ported number) must confirm more strongly. Does not
 * deny. Code {@code fraud.new_number}.
 *
 * @param id rule id
 * @param scope payer countries and carriers it applies to
 * @param newerThan a number first seen less than this long ago counts as new
 * @param required the confirmation a new number must give
 */
public record NewNumberRule(String id, Scope scope, Duration newerThan, Confirmation required) implements Rule {

    /** Validates the fields. */
    public NewNumberRule {
        Codes.requireText(id, "id");
        requireNonNull(scope, "scope");
        requireNonNull(newerThan, "newerThan");
        requireNonNull(required, "required");
        if (newerThan.isNegative()) {
            throw new IllegalArgumentException("newerThan must not be negative");
        }
    }

    @Override
    public void check(PaymentRequest request, DecisionContext context, Findings findings) {
        // Seconds arithmetic rather than Instant.plus: no allocation on the path that does not fire.
        long seenFor = request.at().getEpochSecond()
                - context.fraud().numberFirstSeen().getEpochSecond();
        if (seenFor < newerThan.getSeconds()) {
            findings.confirm(
                    this, required, "fraud.new_number", "the number was first seen less than " + newerThan + " ago");
        }
    }
}
