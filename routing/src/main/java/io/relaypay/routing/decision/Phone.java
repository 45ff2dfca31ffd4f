package io.relaypay.routing.decision;

import static java.util.Objects.requireNonNull;

/**
 * The payer's phone number with the carrier that serves it (after portability lookup) and its
 * country.
 *
 * @param e164 the number in E.164 form, {@code +} then 8 to 15 digits
 * @param carrier carrier id as configured in carrier rules (for example an MCC-MNC, {@code 26201})
 * @param country ISO-3166 alpha-2 country of the number
 */
public record Phone(String e164, String carrier, String country) {

    /** Validates the number's shape and the country code. */
    public Phone {
        requireNonNull(e164, "e164");
        Codes.requireText(carrier, "carrier");
        requireNonNull(country, "country");
        if (!isE164(e164)) {
            throw new IllegalArgumentException("phone number must be E.164 (+ and 8-15 digits): " + e164);
        }
        if (!Codes.isCountry(country)) {
            throw new IllegalArgumentException("country must be two upper-case letters: " + country);
        }
    }

    static boolean isE164(String number) {
        int digits = number.length() - 1;
        if (digits < 8 || digits > 15 || number.charAt(0) != '+' || number.charAt(1) == '0') {
            return false;
        }
        for (int i = 1; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
