package io.relaypay.routing.planner;

import java.util.List;

/**
 * The premium messages to send on one day of a schedule.
 *
 * @param dayOffset days after the first day of the schedule (0 is today)
 * @param prices the price point of each message, dearest first
 */
public record PlannedDay(int dayOffset, List<Long> prices) {

    /** Rejects a negative offset and an empty day (a schedule lists only days with messages). */
    public PlannedDay {
        prices = List.copyOf(prices);
        if (dayOffset < 0) {
            throw new IllegalArgumentException("day offset must not be negative, was " + dayOffset);
        }
        if (prices.isEmpty()) {
            throw new IllegalArgumentException("a planned day holds at least one message");
        }
    }

    /** What this day bills, in minor units. */
    public long total() {
        return prices.stream().mapToLong(Long::longValue).sum();
    }
}
