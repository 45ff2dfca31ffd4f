package io.relaypay.sdk;

import static java.util.Objects.requireNonNull;

/**
 * An amount in minor units of an ISO-4217 currency, as the balance reports it.
 *
 * @param amount minor units (cents for EUR); may be negative in a balance
 * @param currency upper-case ISO-4217 code
 */
public record Money(long amount, String currency) {

    /** Checks the currency code. */
    public Money {
        Validation.currency(requireNonNull(currency, "currency"));
    }
}
