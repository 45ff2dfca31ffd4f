package io.relaypay.interchange.merchants;

import io.relaypay.interchange.common.ApiException;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the admin gives to create a merchant; an invalid one cannot exist.
 *
 * @param name display name, 1 to 200 characters
 * @param webhookUrl http(s) URL for events, if any
 * @param fees fee terms
 * @param allowedCountries ISO 3166 alpha-2 codes; empty for all
 * @param category merchant category, lower-case-dashed
 */
public record NewMerchant(
        String name, Optional<URI> webhookUrl, FeeTerms fees, Set<String> allowedCountries, String category) {

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern CATEGORY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** Validates every field. */
    public NewMerchant {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw ApiException.invalid("name", "name is required, at most 200 characters");
        }
        webhookUrl = webhookUrl == null ? Optional.empty() : webhookUrl;
        webhookUrl.ifPresent(url -> {
            String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
                throw ApiException.invalid("webhook_url", "webhook_url must be an absolute http(s) URL");
            }
        });
        fees = fees == null ? FeeTerms.NONE : fees;
        allowedCountries = allowedCountries == null ? Set.of() : Set.copyOf(allowedCountries);
        for (String country : allowedCountries) {
            if (!COUNTRY.matcher(country).matches()) {
                throw ApiException.invalid("allowed_countries", "countries are ISO 3166 alpha-2 codes like DE");
            }
        }
        category = category == null ? "general" : category;
        if (!CATEGORY.matcher(category).matches() || category.length() > 100) {
            throw ApiException.invalid("category", "category is lower-case words joined by dashes");
        }
    }
}
