package io.relaypay.routing.decision;

/**
 * Running totals already spent (or received) today and this month, in minor units of the request's
 * currency, excluding the payment being decided. The caller windows them by its calendar.
 *
 * @param day total today
 * @param month total this month
 */
public record Totals(long day, long month) {

    /** Nothing spent yet. */
    public static final Totals NONE = new Totals(0, 0);

    /** Totals are never negative. */
    public Totals {
        if (day < 0 || month < 0) {
            throw new IllegalArgumentException("totals must not be negative: day=" + day + " month=" + month);
        }
    }
}
