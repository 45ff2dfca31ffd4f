package io.relaypay.routing.decision;

import static java.util.Objects.requireNonNull;

import io.relaypay.routing.E164;

/**
 * The payer's phone number with the carrier that serves it (after portability lookup) and its
 * country.
 *
 * @param e164 the number in E.164 form, {@code +} then 7 to 15 digits
 * @param carrier carrier id as configured in carrier rules (for example an MCC-MNC, {@code 26201})
 * @param country ISO-3166 alpha-2 country of the number
 */
public record Phone(String e164, String carrier, String country) {

    /** Validates the number's shape and the country code. */
    public Phone {
        requireNonNull(e164, "e164");
        Codes.requireText(carrier, "carrier");
        requireNonNull(country, "country");
        if (!E164.isValid(e164)) {
            throw new IllegalArgumentException("phone number must be E.164 (+ and 7-15 digits): " + e164);
        }
        if (!Codes.isCountry(country)) {
            throw new IllegalArgumentException("country must be two upper-case letters: " + country);
        }
    }
}
