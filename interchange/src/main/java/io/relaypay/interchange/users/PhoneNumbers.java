package io.relaypay.interchange.users;

import io.relaypay.interchange.common.ApiException;
import io.relaypay.messaging.InvalidMessageException;
import io.relaypay.messaging.PhoneNumber;
import io.relaypay.routing.E164;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a phone number as a person types it ({@code +49 151 1234-5671}, or {@code 0151 12345671}
 * when a default region is configured) into E.164, checked against the numbering plans.
 */
public final class PhoneNumbers {

    private final String defaultRegion;

    /** A reader resolving national numbers in {@code defaultRegion} (ISO 3166 alpha-2; blank: none). */
    public PhoneNumbers(String defaultRegion) {
        this.defaultRegion = defaultRegion == null || defaultRegion.isBlank()
                ? null
                : defaultRegion.strip().toUpperCase(Locale.ROOT);
    }

    /**
     * {@code phone} when it is already E.164 ({@code +4915112345678}), as the admin API takes it;
     * else an invalid-request refusal naming {@code phone}.
     */
    public static String requireE164(String phone) {
        if (phone == null || !E164.isValid(phone)) {
            throw ApiException.invalid("phone", "the phone number must be E.164, such as +4915112345678");
        }
        return phone;
    }

    /** The E.164 form of {@code typed}, or empty when it is not a valid number. */
    public Optional<String> parse(String typed) {
        if (typed == null || typed.isBlank() || typed.length() > 40) {
            return Optional.empty();
        }
        try {
            String e164 = PhoneNumber.parse(typed.strip(), defaultRegion).e164();
            return E164.isValid(e164) ? Optional.of(e164) : Optional.empty();
        } catch (InvalidMessageException e) {
            return Optional.empty();
        }
    }
}
