package io.relaypay.routing.decision;

import static java.util.Objects.requireNonNull;

/**
 * Which payments a rule looks at: by the payer's country and carrier, each either one value or
 * {@link #ANY}. The engine files each rule under its carrier, else its country, else globally, so a
 * decision visits only the rules that can apply.
 *
 * @param country ISO-3166 alpha-2 country of the payer's number, or {@code *}
 * @param carrier carrier id of the payer's number, or {@code *}
 */
public record Scope(String country, String carrier) {

    /** Matches every value. */
    public static final String ANY = "*";

    /** Every payment. */
    public static final Scope GLOBAL = new Scope(ANY, ANY);

    /** Validates the country code. */
    public Scope {
        requireNonNull(country, "country");
        Codes.requireText(carrier, "carrier");
        if (!ANY.equals(country) && !Codes.isCountry(country)) {
            throw new IllegalArgumentException("country must be * or two upper-case letters: " + country);
        }
    }

    /** Payments from numbers of one country. */
    public static Scope country(String country) {
        return new Scope(country, ANY);
    }

    /** Payments from numbers served by one carrier. */
    public static Scope carrier(String carrier) {
        return new Scope(ANY, carrier);
    }

    boolean anyCountry() {
        return ANY.equals(country);
    }

    boolean anyCarrier() {
        return ANY.equals(carrier);
    }

    boolean coversCountry(String payerCountry) {
        return anyCountry() || country.equals(payerCountry);
    }
}
