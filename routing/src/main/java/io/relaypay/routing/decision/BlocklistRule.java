package io.relaypay.routing.decision;

import static java.util.Objects.requireNonNull;

import java.util.Set;

/**
 * Numbers and devices that may not pay: those configured here and those the live fraud feed flags
 * in {@link FraudSignals}. Codes {@code fraud.number_blocked} and {@code fraud.device_blocked}.
 *
 * @param id rule id
 * @param scope payer countries and carriers it applies to
 * @param numbers blocked E.164 numbers
 * @param devices blocked device ids
 */
public record BlocklistRule(String id, Scope scope, Set<String> numbers, Set<String> devices) implements Rule {

    /** Copies the sets. */
    public BlocklistRule {
        Codes.requireText(id, "id");
        requireNonNull(scope, "scope");
        numbers = Set.copyOf(numbers);
        devices = Set.copyOf(devices);
    }

    @Override
    public void check(PaymentRequest request, DecisionContext context, Findings findings) {
        if (context.fraud().numberBlocked() || numbers.contains(request.phone().e164())) {
            findings.deny(this, "fraud.number_blocked", "the payer's number is blocked");
        }
        if (context.fraud().deviceBlocked() || devices.contains(request.deviceId())) {
            findings.deny(this, "fraud.device_blocked", "the payer's device is blocked");
        }
    }
}
