package io.relaypay.interchange.common;

import java.util.Currency;
import java.util.Locale;

/** Checks and formats integer minor-unit amounts with their ISO-4217 currency. */
public final class Amounts {

    /** The largest amount one payment may carry, in minor units. */
    public static final long MAX_AMOUNT = 99_999_999L;

    private Amounts() {}

    /** The currency for an upper-case ISO-4217 code, or an invalid-request refusal. */
    public static Currency currency(String code, String param) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            throw ApiException.invalid(param, param + " must be an upper-case ISO-4217 code such as EUR");
        }
        try {
            Currency currency = Currency.getInstance(code);
            if (currency.getDefaultFractionDigits() < 0) {
                throw ApiException.invalid(param, code + " has no minor unit and cannot be used");
            }
            return currency;
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid(param, code + " is not an ISO-4217 currency");
        }
    }

    /** Rejects amounts that are not positive or exceed {@link #MAX_AMOUNT}. */
    public static long positive(long amount, String param) {
        if (amount <= 0 || amount > MAX_AMOUNT) {
            throw ApiException.invalid(
                    param, param + " must be a positive integer in minor units, at most " + MAX_AMOUNT);
        }
        return amount;
    }

    /** {@code 499 EUR} as {@code 4.99 EUR}, for people. */
    public static String format(long minor, String currencyCode) {
        int digits = Currency.getInstance(currencyCode).getDefaultFractionDigits();
        if (digits == 0) {
            return minor + " " + currencyCode;
        }
        long scale = (long) Math.pow(10, digits);
        return String.format(
                Locale.ROOT, "%d.%0" + digits + "d %s", minor / scale, Math.abs(minor % scale), currencyCode);
    }
}
