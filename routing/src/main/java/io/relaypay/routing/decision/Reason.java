package io.relaypay.routing.decision;

import static java.util.Objects.requireNonNull;

/**
 * Why a rule fired: a stable machine-readable code (for example {@code
 * regulation.amount_per_transaction_exceeded}), the text for a human, and the id of the rule.
 *
 * @param code stable dotted code; clients branch on it
 * @param message human-readable explanation; may change between releases
 * @param ruleId the configured id of the rule that fired
 * @param denies whether this reason denies the payment (otherwise it only strengthens confirmation)
 */
public record Reason(String code, String message, String ruleId, boolean denies) {

    /** All fields are required. */
    public Reason {
        requireNonNull(code, "code");
        requireNonNull(message, "message");
        requireNonNull(ruleId, "ruleId");
    }
}
