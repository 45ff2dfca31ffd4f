package io.relaypay.interchange.routes;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A mobile carrier as configured: the number ranges it serves and what it bills for premium
 * messages.
 *
 * @param name the carrier's id (e.g. {@code northwind}), as controllers and decision rules name it
 * @param ranges E.164 prefixes with {@code +} (e.g. {@code +49151})
 * @param currency ISO-4217 currency of its price points
 * @param pricePoints premium price points in minor units; empty when it bills none
 * @param sharePermille the share of a premium price the carrier keeps, in thousandths
 */
public record CarrierSpec(
        String name, List<String> ranges, String currency, List<Long> pricePoints, int sharePermille) {

    /** What carrier, controller and channel names may be: they end up in ids, logs and lists. */
    static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    /** Normalises the ranges (a {@code +} is added where configuration dropped it) and checks the rest. */
    public CarrierSpec {
        Objects.requireNonNull(name, "name");
        ranges = ranges.stream().map(CarrierSpec::prefix).toList();
        Objects.requireNonNull(currency, "currency");
        pricePoints = List.copyOf(pricePoints);
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("carrier names are letters, digits, '.', '_' and '-': " + name);
        }
        if (sharePermille < 0 || sharePermille > 1000) {
            throw new IllegalArgumentException("carrier " + name + ": share-permille must be 0 to 1000");
        }
        if (pricePoints.stream().anyMatch(p -> p <= 0)) {
            throw new IllegalArgumentException("carrier " + name + ": price points must be positive");
        }
    }

    private static String prefix(String range) {
        // YAML reads an unquoted +49151 as the number 49151: take it back as a prefix.
        String trimmed = range.strip();
        String prefix = trimmed.startsWith("+") ? trimmed : "+" + trimmed;
        if (!prefix.matches("\\+[1-9][0-9]{0,14}")) {
            throw new IllegalArgumentException("number range must be + and digits, e.g. +49151: " + range);
        }
        return prefix;
    }
}
