package io.relaypay.routing.decision;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * A snapshot of what the engine needs beyond the request: running totals, fraud signals and the
 * payer's profile. Totals are in the request's currency and exclude the payment being decided.
 *
 * @param user what this user spent today and this month
 * @param merchant what this merchant received today and this month
 * @param carrierBilledThisMonth what this user was billed through this carrier this month (premium
 *     SMS and operator billing), in minor units
 * @param fraud fraud signals for this user, number and device
 * @param parental limits set by a parent account, if the payer is a child account
 * @param userAge the payer's age in years, if verified
 */
public record DecisionContext(
        Totals user,
        Totals merchant,
        long carrierBilledThisMonth,
        FraudSignals fraud,
        Optional<ParentalLimits> parental,
        OptionalInt userAge) {

    /** Validates the snapshot. */
    public DecisionContext {
        requireNonNull(user, "user");
        requireNonNull(merchant, "merchant");
        requireNonNull(fraud, "fraud");
        requireNonNull(parental, "parental");
        requireNonNull(userAge, "userAge");
        if (carrierBilledThisMonth < 0) {
            throw new IllegalArgumentException("carrierBilledThisMonth must not be negative");
        }
    }
}
