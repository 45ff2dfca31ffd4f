package io.relaypay.sdk;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * Where a paid order ships: the address the buyer's phone chose when confirming, copied onto the
 * payment then, so it stays what was chosen even if the buyer edits their addresses later.
 *
 * @param name the recipient
 * @param line1 street and number
 * @param line2 more of the address, if any
 * @param city town or city
 * @param region state, province or county, if any
 * @param postalCode postal code, empty only in countries without them
 * @param country ISO 3166 alpha-2 code
 */
public record ShippingAddress(
        String name,
        String line1,
        Optional<String> line2,
        String city,
        Optional<String> region,
        Optional<String> postalCode,
        String country) {

    /** Checks that every component is present. */
    public ShippingAddress {
        requireNonNull(name, "name");
        requireNonNull(line1, "line1");
        requireNonNull(line2, "line2");
        requireNonNull(city, "city");
        requireNonNull(region, "region");
        requireNonNull(postalCode, "postalCode");
        requireNonNull(country, "country");
    }
}
