package io.relaypay.routing.planner;

import java.util.Objects;

/**
 * Money to collect, in integer minor units of an ISO-4217 currency (never a double).
 *
 * @param minor the amount in minor units (cents); positive, because planning nothing is a caller bug
 * @param currency the ISO-4217 code, three upper-case letters
 */
public record Amount(long minor, String currency) {

    /** Rejects a non-positive amount and anything that is not a three-letter upper-case code. */
    public Amount {
        Objects.requireNonNull(currency, "currency");
        if (minor <= 0) {
            throw new IllegalArgumentException("amount must be positive, was " + minor);
        }
        if (!currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("currency must be an ISO-4217 code like EUR, was '" + currency + "'");
        }
    }
}
