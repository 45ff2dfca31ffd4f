package io.relaypay.interchange.users;

import io.relaypay.interchange.common.ApiException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A request to add a postal address; valid once constructed: text fields trimmed and bounded, the
 * country an ISO 3166 alpha-2 code, the postal code in the country's format (and present unless the
 * country has none).
 *
 * @param name the recipient
 * @param line1 street and number
 * @param line2 more of the address
 * @param city town or city
 * @param region state, province or county
 * @param postalCode postal code
 * @param country ISO 3166 alpha-2, upper case
 * @param makeDefault whether it becomes the default (the first address always does)
 */
public record NewPostalAddress(
        String name,
        String line1,
        Optional<String> line2,
        String city,
        Optional<String> region,
        Optional<String> postalCode,
        String country,
        boolean makeDefault) {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    /** Checks every field. */
    public NewPostalAddress {
        name = FieldText.required(name, "name", 200);
        line1 = FieldText.required(line1, "line1", 200);
        line2 = FieldText.optional(Objects.requireNonNull(line2, "line2"), "line2", 200);
        city = FieldText.required(city, "city", 100);
        region = FieldText.optional(Objects.requireNonNull(region, "region"), "region", 100);
        if (country == null || !country.matches("[A-Z]{2}") || !COUNTRIES.contains(country)) {
            throw ApiException.invalid("country", "country must be an upper-case ISO 3166 alpha-2 code such as DE");
        }
        String where = country;
        postalCode = FieldText.optional(Objects.requireNonNull(postalCode, "postalCode"), "postal_code", 12)
                .map(code -> PostalCodes.parse(where, code)
                        .orElseThrow(() ->
                                ApiException.invalid("postal_code", "postal_code is not a postal code of " + where)));
        if (postalCode.isEmpty() && !PostalCodes.optionalIn(country)) {
            throw ApiException.invalid("postal_code", "postal_code is required for " + country);
        }
    }
}
