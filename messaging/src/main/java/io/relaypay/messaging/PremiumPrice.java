package io.relaypay.messaging;

import java.util.Currency;
import java.util.Objects;

/**
 * The price a premium message charges to the phone bill, in minor units of an ISO-4217 currency
 * (e.g. 199 EUR = 1.99 EUR). A carrier only bills its fixed price points.
 */
public record PremiumPrice(long amountMinor, String currency) {
    /** Checks a positive amount and a known currency code. */
    public PremiumPrice {
        Objects.requireNonNull(currency, "currency");
        if (amountMinor <= 0) {
            throw new InvalidMessageException("premium price must be positive: " + amountMinor);
        }
        try {
            Currency.getInstance(currency);
        } catch (IllegalArgumentException e) {
            throw new InvalidMessageException("unknown ISO-4217 currency: " + currency);
        }
    }

    @Override
    public String toString() {
        return amountMinor + " " + currency;
    }
}
