package io.relaypay.routing.decision;

import static java.util.Objects.requireNonNull;

/**
 * An amount in integer minor units of an ISO-4217 currency (cents for EUR). Never a double: caps are
 * compared exactly.
 *
 * @param minor amount in minor units, zero or more
 * @param currency three upper-case letters
 */
public record Money(long minor, String currency) {

    /** Validates the amount and the currency code. */
    public Money {
        requireNonNull(currency, "currency");
        if (minor < 0) {
            throw new IllegalArgumentException("amount must not be negative: " + minor);
        }
        if (!Codes.isCurrency(currency)) {
            throw new IllegalArgumentException("currency must be three upper-case letters: " + currency);
        }
    }

    /** {@code 1250 EUR} for log lines. */
    @Override
    public String toString() {
        return minor + " " + currency;
    }
}
