package io.relaypay.routing.decision;

import static java.util.Objects.requireNonNull;

/**
 * Amount caps in one currency: per transaction, per day and per month ({@link #NO_CAP} where there
 * is none). A cap is reached, not exceeded, when a payment brings the total exactly to it.
 *
 * @param currency the currency of the caps
 * @param perTransaction most one payment may be
 * @param perDay most the day's total may become
 * @param perMonth most the month's total may become
 */
public record Limits(String currency, long perTransaction, long perDay, long perMonth) {

    /** No cap on this period. */
    public static final long NO_CAP = Long.MAX_VALUE;

    /** Validates the currency and the caps. */
    public Limits {
        requireNonNull(currency, "currency");
        if (!Codes.isCurrency(currency)) {
            throw new IllegalArgumentException("currency must be three upper-case letters: " + currency);
        }
        if (perTransaction < 0 || perDay < 0 || perMonth < 0) {
            throw new IllegalArgumentException("caps must not be negative");
        }
    }

    /**
     * Reports every cap the payment would break, with codes {@code <prefix>.amount_per_..._exceeded}.
     * A cap in another currency cannot be compared without a rate, so it denies ({@code
     * <prefix>.currency_not_supported}) rather than letting the payment past it.
     */
    void check(Money amount, Totals totals, String prefix, String subject, Rule rule, Findings findings) {
        if (!currency.equals(amount.currency())) {
            findings.deny(
                    rule,
                    prefix + ".currency_not_supported",
                    subject + " caps are in " + currency + ", the payment is in " + amount.currency());
            return;
        }
        long value = amount.minor();
        if (value > perTransaction) {
            findings.deny(
                    rule,
                    prefix + ".amount_per_transaction_exceeded",
                    subject + " cap per transaction is " + perTransaction + " " + currency + ", asked " + value);
        }
        // cap - total cannot overflow: both are non-negative.
        if (value > perDay - totals.day()) {
            findings.deny(
                    rule,
                    prefix + ".amount_per_day_exceeded",
                    subject + " cap per day is " + perDay + " " + currency + ", already " + totals.day());
        }
        if (value > perMonth - totals.month()) {
            findings.deny(
                    rule,
                    prefix + ".amount_per_month_exceeded",
                    subject + " cap per month is " + perMonth + " " + currency + ", already " + totals.month());
        }
    }
}
