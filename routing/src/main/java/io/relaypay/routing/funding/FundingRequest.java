package io.relaypay.routing.funding;

import io.relaypay.routing.planner.Amount;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * A purchase amount to fund and the options this user has for it now.
 *
 * @param amount what the purchase needs, in minor units of an ISO-4217 currency with minor units
 *     of at most micro precision (EUR, JPY, BHD)
 * @param options the methods available to this user and carrier, with their terms and limits, in
 *     minor units of the amount's currency; the last tie-break keeps their order
 */
public record FundingRequest(Amount amount, List<FundingOption> options) {

    /** Copies the options and rejects a currency whose minor unit is unknown. */
    public FundingRequest {
        Objects.requireNonNull(amount, "amount");
        options = List.copyOf(options);
        microsPerMinor(amount.currency());
    }

    /** How many micro-units one minor unit of the amount's currency holds (10,000 for EUR). */
    public long microsPerMinor() {
        return microsPerMinor(amount.currency());
    }

    private static long microsPerMinor(String code) {
        int digits;
        try {
            digits = Currency.getInstance(code).getDefaultFractionDigits();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not an ISO-4217 currency: " + code, e);
        }
        if (digits < 0 || digits > 6) {
            throw new IllegalArgumentException(code + " has no minor unit that micro-units divide");
        }
        long micros = 1_000_000;
        for (int i = 0; i < digits; i++) {
            micros /= 10;
        }
        return micros;
    }
}
