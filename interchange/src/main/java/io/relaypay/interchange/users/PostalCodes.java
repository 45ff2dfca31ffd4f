package io.relaypay.interchange.users;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Postal codes by country: the exact format where we know it, a loose shape elsewhere, and the
 * countries that have no postal codes, where none is asked for.
 */
public final class PostalCodes {

    private static final Pattern ANY = Pattern.compile("[A-Z0-9][A-Z0-9 -]{1,10}");
    private static final Map<String, Pattern> FORMATS = Map.ofEntries(
            Map.entry("AT", Pattern.compile("\\d{4}")),
            Map.entry("BE", Pattern.compile("\\d{4}")),
            Map.entry("CA", Pattern.compile("[A-Z]\\d[A-Z] ?\\d[A-Z]\\d")),
            Map.entry("CH", Pattern.compile("\\d{4}")),
            Map.entry("DE", Pattern.compile("\\d{5}")),
            Map.entry("DK", Pattern.compile("\\d{4}")),
            Map.entry("ES", Pattern.compile("\\d{5}")),
            Map.entry("FI", Pattern.compile("\\d{5}")),
            Map.entry("FR", Pattern.compile("\\d{5}")),
            Map.entry("GB", Pattern.compile("[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}")),
            Map.entry("IE", Pattern.compile("[A-Z]\\d[\\dW] ?[A-Z\\d]{4}")),
            Map.entry("IT", Pattern.compile("\\d{5}")),
            Map.entry("NL", Pattern.compile("\\d{4} ?[A-Z]{2}")),
            Map.entry("NO", Pattern.compile("\\d{4}")),
            Map.entry("PL", Pattern.compile("\\d{2}-\\d{3}")),
            Map.entry("PT", Pattern.compile("\\d{4}-\\d{3}")),
            Map.entry("SE", Pattern.compile("\\d{3} ?\\d{2}")),
            Map.entry("US", Pattern.compile("\\d{5}(-\\d{4})?")));
    private static final Set<String> NONE = Set.of(
            "AE", "AG", "AO", "AW", "BF", "BI", "BJ", "BO", "BS", "BW", "BZ", "CD", "CF", "CG", "CI", "CK", "CM", "DJ",
            "DM", "ER", "FJ", "GA", "GD", "GH", "GM", "GQ", "GY", "HK", "KI", "KM", "KN", "KP", "ML", "MO", "MW", "NR",
            "NU", "QA", "RW", "SB", "SL", "SO", "SR", "SS", "SY", "TD", "TG", "TK", "TL", "TO", "TT", "TV", "UG", "VU",
            "YE", "ZW");

    private PostalCodes() {}

    /** Whether {@code country} does without postal codes. */
    public static boolean optionalIn(String country) {
        return NONE.contains(country);
    }

    /** {@code typed} in upper case if it is a postal code of {@code country}. */
    public static Optional<String> parse(String country, String typed) {
        String code = typed.strip().toUpperCase(Locale.ROOT);
        return FORMATS.getOrDefault(country, ANY).matcher(code).matches() ? Optional.of(code) : Optional.empty();
    }
}
