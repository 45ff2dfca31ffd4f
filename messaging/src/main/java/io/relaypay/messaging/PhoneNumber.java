package io.relaypay.messaging;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import java.util.Objects;

/**
 * A phone number in E.164 form ({@code +4915112345678}), checked by libphonenumber. The only way
 * to build one is through {@link #of} or {@link #parse}, so a value of this type is always valid.
 */
public record PhoneNumber(String e164) {
    private static final PhoneNumberUtil PHONE_NUMBERS = PhoneNumberUtil.getInstance();

    /** Validates an already-normalised E.164 string. */
    public PhoneNumber {
        Objects.requireNonNull(e164, "e164");
        if (!e164.matches("\\+[1-9][0-9]{6,14}")) {
            throw new InvalidMessageException("phone number must be E.164 (+ and 7 to 15 digits): " + e164);
        }
        try {
            if (!PHONE_NUMBERS.isValidNumber(PHONE_NUMBERS.parse(e164, null))) {
                throw new InvalidMessageException("not a valid phone number: " + e164);
            }
        } catch (NumberParseException e) {
            throw new InvalidMessageException("not a valid phone number: " + e164);
        }
    }

    /** An E.164 number, with or without the leading {@code +} (SMPP addresses omit it). */
    public static PhoneNumber of(String e164) {
        Objects.requireNonNull(e164, "e164");
        return new PhoneNumber(e164.startsWith("+") ? e164 : "+" + e164);
    }

    /**
     * Parses a number as a person types it; {@code defaultRegion} (ISO 3166 alpha-2, e.g. "DE")
     * resolves national formats such as {@code 0151 1234 5678}.
     */
    public static PhoneNumber parse(String raw, String defaultRegion) {
        Objects.requireNonNull(raw, "raw");
        try {
            var parsed = PHONE_NUMBERS.parse(raw, defaultRegion);
            return new PhoneNumber(PHONE_NUMBERS.format(parsed, PhoneNumberFormat.E164));
        } catch (NumberParseException e) {
            throw new InvalidMessageException("not a phone number: '" + raw + "' (" + e.getMessage() + ")");
        }
    }

    /** The digits without the {@code +}, as SMPP and Kannel carry them. */
    public String digits() {
        return e164.substring(1);
    }

    /** The ISO 3166 region the number belongs to, e.g. "DE". */
    public String region() {
        try {
            return PHONE_NUMBERS.getRegionCodeForNumber(PHONE_NUMBERS.parse(e164, null));
        } catch (NumberParseException e) {
            throw new IllegalStateException("validated number no longer parses: " + e164, e);
        }
    }

    @Override
    public String toString() {
        return e164;
    }
}
