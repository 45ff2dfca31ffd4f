package io.relaypay.routing.decision;

import static java.util.Objects.requireNonNull;

/**
 * The merchant a payment goes to.
 *
 * @param id merchant id ({@code mer_...})
 * @param category merchant category as configured in restriction rules (for example {@code gambling})
 * @param country ISO-3166 alpha-2 country the merchant trades from
 */
public record Merchant(String id, String category, String country) {

    /** Validates the fields. */
    public Merchant {
        Codes.requireText(id, "merchant id");
        Codes.requireText(category, "merchant category");
        requireNonNull(country, "country");
        if (!Codes.isCountry(country)) {
            throw new IllegalArgumentException("country must be two upper-case letters: " + country);
        }
    }
}
