package io.relaypay.interchange.payments;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a paid order ships: a copy of the buyer's postal address taken when the phone confirmed the
 * payment. A copy, not a reference, so the merchant keeps seeing what was chosen even after the
 * buyer edits or removes the address.
 *
 * @param name the recipient
 * @param line1 street and number
 * @param line2 more of the address, if any
 * @param city town or city
 * @param region state, province or county, if any
 * @param postalCode postal code, empty only in countries without them
 * @param country ISO 3166 alpha-2
 */
public record ShippingAddress(
        String name,
        String line1,
        Optional<String> line2,
        String city,
        Optional<String> region,
        Optional<String> postalCode,
        String country) {

    /** Requires every part. */
    public ShippingAddress {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(line1, "line1");
        Objects.requireNonNull(line2, "line2");
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(postalCode, "postalCode");
        Objects.requireNonNull(country, "country");
    }
}
