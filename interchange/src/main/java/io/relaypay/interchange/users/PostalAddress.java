package io.relaypay.interchange.users;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A postal address of a user, where goods are shipped.
 *
 * @param id {@code adr_…}
 * @param userId whose it is
 * @param name the recipient
 * @param line1 street and number
 * @param line2 more of the address, if any
 * @param city town or city
 * @param region state, province or county, if any
 * @param postalCode the postal code; empty only in countries without them
 * @param country ISO 3166 alpha-2
 * @param isDefault whether it is the user's default address
 * @param createdAt when it was added
 */
public record PostalAddress(
        String id,
        String userId,
        String name,
        String line1,
        Optional<String> line2,
        String city,
        Optional<String> region,
        Optional<String> postalCode,
        String country,
        boolean isDefault,
        Instant createdAt) {

    /** Requires every part. */
    public PostalAddress {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(line1, "line1");
        Objects.requireNonNull(line2, "line2");
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(postalCode, "postalCode");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
