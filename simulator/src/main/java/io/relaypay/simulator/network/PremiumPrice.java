package io.relaypay.simulator.network;

import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/**
 * A premium price carried with an MT: integer minor units and an ISO-4217 currency. Its wire form
 * (SMPP vendor TLV 0x1401, Kannel {@code binfo}) is ASCII {@code "<minorUnits> <ISO4217>"}, e.g.
 * {@code "199 EUR"}.
 *
 * @param amountMinor positive amount in minor units
 * @param currency ISO-4217 code
 */
public record PremiumPrice(long amountMinor, String currency) {

    /** Validates amount and currency. */
    public PremiumPrice {
        if (amountMinor <= 0) {
            throw new IllegalArgumentException("premium price must be positive: " + amountMinor);
        }
        Objects.requireNonNull(currency, "currency");
        try {
            Currency.getInstance(currency);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown currency: " + currency);
        }
    }

    /**
     * Parses the wire form {@code "199 EUR"}.
     *
     * @throws IllegalArgumentException with a reason when it is not that form
     */
    public static PremiumPrice parse(String wire) {
        String[] fields = wire.trim().split(" +");
        if (fields.length != 2 || !fields[0].matches("[0-9]{1,12}") || !fields[1].matches("[A-Za-z]{3}")) {
            throw new IllegalArgumentException(
                    "premium price must look like \"199 EUR\", was \"" + printable(wire) + "\"");
        }
        return new PremiumPrice(Long.parseLong(fields[0]), fields[1].toUpperCase(Locale.ROOT));
    }

    /** The wire form, e.g. {@code "199 EUR"}. */
    public String wire() {
        return amountMinor + " " + currency;
    }

    private static String printable(String s) {
        String cut = s.length() > 40 ? s.substring(0, 40) + "..." : s;
        return cut.replaceAll("[^\\x20-\\x7E]", "?");
    }
}
