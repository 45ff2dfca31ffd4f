package io.relaypay.routing.planner;

/**
 * What a carrier, a regulator or the user's settings allow premium billing to collect, over a
 * schedule of {@code days} days starting today. Amounts are minor units of the plan's currency;
 * {@link #UNLIMITED} means no limit. The per-message limit is implied by the price points.
 *
 * <p>The monthly limits are what is <em>left</em> of this month's caps (the caller subtracts what
 * was already billed), and apply to the whole schedule: a caller planning across a month boundary
 * plans each month separately.
 *
 * @param days how many days the schedule may span (day offsets 0 to days - 1), at least 1
 * @param perDayCount most messages on any one day
 * @param perDayAmount most minor units billed on any one day
 * @param perMonthCount most messages left this month
 * @param perMonthAmount most minor units left this month
 * @param remainingThisPeriod most minor units left in the current billing period
 */
public record Limits(
        int days,
        long perDayCount,
        long perDayAmount,
        long perMonthCount,
        long perMonthAmount,
        long remainingThisPeriod) {

    /** No limit. */
    public static final long UNLIMITED = Long.MAX_VALUE;

    /** Rejects a schedule without days and negative limits; zero is a legal, if exhausted, limit. */
    public Limits {
        if (days < 1) {
            throw new IllegalArgumentException("a schedule needs at least one day, got " + days);
        }
        requireNotNegative(perDayCount, "perDayCount");
        requireNotNegative(perDayAmount, "perDayAmount");
        requireNotNegative(perMonthCount, "perMonthCount");
        requireNotNegative(perMonthAmount, "perMonthAmount");
        requireNotNegative(remainingThisPeriod, "remainingThisPeriod");
    }

    /** No limit at all, on a schedule of {@code days} days. */
    public static Limits unlimited(int days) {
        return new Limits(days, UNLIMITED, UNLIMITED, UNLIMITED, UNLIMITED, UNLIMITED);
    }

    /** These limits with at most {@code count} messages a day. */
    public Limits withPerDayCount(long count) {
        return new Limits(days, count, perDayAmount, perMonthCount, perMonthAmount, remainingThisPeriod);
    }

    /** These limits with at most {@code amount} minor units a day. */
    public Limits withPerDayAmount(long amount) {
        return new Limits(days, perDayCount, amount, perMonthCount, perMonthAmount, remainingThisPeriod);
    }

    /** These limits with at most {@code count} messages left this month. */
    public Limits withPerMonthCount(long count) {
        return new Limits(days, perDayCount, perDayAmount, count, perMonthAmount, remainingThisPeriod);
    }

    /** These limits with at most {@code amount} minor units left this month. */
    public Limits withPerMonthAmount(long amount) {
        return new Limits(days, perDayCount, perDayAmount, perMonthCount, amount, remainingThisPeriod);
    }

    /** These limits with at most {@code amount} minor units left in the billing period. */
    public Limits withRemainingThisPeriod(long amount) {
        return new Limits(days, perDayCount, perDayAmount, perMonthCount, perMonthAmount, amount);
    }

    /** The most messages the whole schedule may hold. */
    long totalCount() {
        return Math.min(perMonthCount, saturatedTimes(days, perDayCount));
    }

    /** The most minor units the whole schedule may collect. */
    long totalAmount() {
        return Math.min(Math.min(perMonthAmount, remainingThisPeriod), saturatedTimes(days, perDayAmount));
    }

    private static long saturatedTimes(int days, long perDay) {
        return perDay > Long.MAX_VALUE / days ? Long.MAX_VALUE : perDay * days;
    }

    private static void requireNotNegative(long value, String name) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative, was " + value);
        }
    }
}
