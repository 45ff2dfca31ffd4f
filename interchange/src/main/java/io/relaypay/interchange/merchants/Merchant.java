package io.relaypay.interchange.merchants;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A business that takes payments through Relaypay.
 *
 * @param id {@code mer_…}
 * @param name shown to buyers on the checkout page and in confirmation messages
 * @param webhookUrl where events go, if the merchant wants them
 * @param fees what the merchant pays per payment
 * @param allowedCountries ISO 3166 alpha-2 codes of buyers' phone numbers it may sell to; empty: all
 * @param category merchant category (e.g. {@code digital-goods}), for decision rules
 * @param createdAt when it was created
 */
public record Merchant(
        String id,
        String name,
        Optional<URI> webhookUrl,
        FeeTerms fees,
        Set<String> allowedCountries,
        String category,
        Instant createdAt) {

    /** Requires every part. */
    public Merchant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(webhookUrl, "webhookUrl");
        Objects.requireNonNull(fees, "fees");
        allowedCountries = Set.copyOf(allowedCountries);
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
