package io.relaypay.routing.decision;

import static java.util.Objects.requireNonNull;

/**
 * A country's regulation for payments from its numbers: amount caps per transaction, day and month
 * of the payer's spending, and a minimum age (0 for none). Codes start with {@code regulation.}.
 *
 * @param id rule id
 * @param country the regulating country
 * @param limits the caps, in the country's currency
 * @param minimumAge youngest age allowed to pay, in years; 0 for no age rule
 */
public record CountryRegulationRule(String id, String country, Limits limits, int minimumAge) implements Rule {

    /** Validates the fields. */
    public CountryRegulationRule {
        Codes.requireText(id, "id");
        requireNonNull(limits, "limits");
        if (country == null || !Codes.isCountry(country)) {
            throw new IllegalArgumentException("country regulation needs a country: " + country);
        }
        if (minimumAge < 0) {
            throw new IllegalArgumentException("minimum age must not be negative");
        }
    }

    @Override
    public Scope scope() {
        return Scope.country(country);
    }

    @Override
    public void check(PaymentRequest request, DecisionContext context, Findings findings) {
        limits.check(request.amount(), context.user(), "regulation", country + " regulation", this, findings);
        if (minimumAge == 0) {
            return;
        }
        if (context.userAge().isEmpty()) {
            findings.deny(this, "regulation.age_not_verified", country + " requires a verified age of " + minimumAge);
        } else if (context.userAge().getAsInt() < minimumAge) {
            findings.deny(this, "regulation.minimum_age_not_met", country + " requires payers aged " + minimumAge);
        }
    }
}
