package io.relaypay.interchange.deposits;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SMS keyword that starts a deposit: {@code DEPOSIT 10}, {@code deposit 10.00 EUR},
 * {@code DEPOSIT 9,99}. The amount is in major units as people write it.
 *
 * @param amountMinor the amount in minor units of the currency
 * @param currency the currency named, if any
 */
public record DepositKeyword(long amountMinor, Optional<String> currency) {

    private static final Pattern FORM = Pattern.compile(
            "\\s*DEPOSIT\\s+([0-9]{1,7}(?:[.,][0-9]{1,2})?)\\s*([A-Z]{3})?\\s*", Pattern.CASE_INSENSITIVE);

    /** Whether the text is a deposit keyword at all, well-formed or not. */
    public static boolean isKeyword(String text) {
        return text != null && text.strip().toUpperCase(Locale.ROOT).startsWith("DEPOSIT");
    }

    /**
     * The keyword in {@code text}, with the amount in minor units of {@code currency} (the named one,
     * or {@code defaultCurrency}); empty when the text is not of that form or the amount has more
     * decimals than the currency.
     */
    public static Optional<DepositKeyword> parse(String text, String defaultCurrency) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<String> named = Optional.ofNullable(m.group(2)).map(c -> c.toUpperCase(Locale.ROOT));
        String code = named.orElse(defaultCurrency);
        int digits;
        try {
            digits = Currency.getInstance(code).getDefaultFractionDigits();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        BigDecimal major = new BigDecimal(m.group(1).replace(',', '.'));
        if (digits < 0 || major.scale() > digits) {
            return Optional.empty();
        }
        long minor = major.movePointRight(digits).longValueExact();
        return minor > 0 ? Optional.of(new DepositKeyword(minor, named)) : Optional.empty();
    }
}
