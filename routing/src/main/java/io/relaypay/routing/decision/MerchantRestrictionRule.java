package io.relaypay.routing.decision;

import static java.util.Objects.requireNonNull;

import java.util.Set;

/**
 * Merchants payers in scope may not pay: by category (gambling where it is banned) or by the
 * merchant's country (sanctions). Codes {@code merchant.category_not_allowed} and {@code
 * merchant.country_not_allowed}.
 *
 * @param id rule id
 * @param scope payer countries and carriers it applies to
 * @param deniedCategories merchant categories refused
 * @param deniedMerchantCountries merchant countries refused
 */
public record MerchantRestrictionRule(
        String id, Scope scope, Set<String> deniedCategories, Set<String> deniedMerchantCountries) implements Rule {

    /** Copies the sets. */
    public MerchantRestrictionRule {
        Codes.requireText(id, "id");
        requireNonNull(scope, "scope");
        deniedCategories = Set.copyOf(deniedCategories);
        deniedMerchantCountries = Set.copyOf(deniedMerchantCountries);
    }

    @Override
    public void check(PaymentRequest request, DecisionContext context, Findings findings) {
        Merchant merchant = request.merchant();
        if (deniedCategories.contains(merchant.category())) {
            findings.deny(
                    this,
                    "merchant.category_not_allowed",
                    "merchant category " + merchant.category() + " is not allowed here");
        }
        if (deniedMerchantCountries.contains(merchant.country())) {
            findings.deny(
                    this,
                    "merchant.country_not_allowed",
                    "merchants from " + merchant.country() + " are not allowed here");
        }
    }
}
