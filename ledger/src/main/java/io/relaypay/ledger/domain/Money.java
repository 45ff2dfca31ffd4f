package io.relaypay.ledger.domain;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money: an integer count of the currency's minor units (cents, pence, yen) and its
 * ISO-4217 currency. Never floating point: every sum is exact or fails loudly.
 *
 * @param minorUnits the amount in minor units; may be negative for differences and balances
 * @param currency the ISO-4217 currency
 */
public record Money(long minorUnits, Currency currency) {

    /** Requires a currency. */
    public Money {
        Objects.requireNonNull(currency, "currency");
    }

    /** {@code Money.of(1250, "EUR")} is twelve euros fifty. */
    public static Money of(long minorUnits, String currencyCode) {
        return new Money(minorUnits, Currency.getInstance(currencyCode));
    }

    /** The sum; fails on a currency mismatch or on overflow instead of wrapping around. */
    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.addExact(minorUnits, other.minorUnits), currency);
    }

    /** The difference; fails on a currency mismatch or on overflow instead of wrapping around. */
    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.subtractExact(minorUnits, other.minorUnits), currency);
    }

    /** Whether the amount is greater than zero. */
    public boolean isPositive() {
        return minorUnits > 0;
    }

    /** Whether the amount is below zero. */
    public boolean isNegative() {
        return minorUnits < 0;
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("currency mismatch: " + currency + " and " + other.currency);
        }
    }

    /** Human form in major units, e.g. {@code EUR 12.50} or {@code JPY 1200}. */
    @Override
    public String toString() {
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        return currency.getCurrencyCode() + " "
                + BigDecimal.valueOf(minorUnits, digits).toPlainString();
    }
}
