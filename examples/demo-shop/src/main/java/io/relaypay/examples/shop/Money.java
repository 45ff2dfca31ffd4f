package io.relaypay.examples.shop;

import java.math.BigDecimal;
import java.util.Currency;

/** Formats minor units for people; the shop never computes with anything but {@code long} minor units. */
final class Money {

    private Money() {}

    /** "EUR 4.99" for 499 EUR minor units; the currency's own number of decimals. */
    static String format(long minor, String currency) {
        int digits;
        try {
            digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        } catch (IllegalArgumentException e) {
            digits = 2;
        }
        return currency + " " + BigDecimal.valueOf(minor, digits).toPlainString();
    }
}
