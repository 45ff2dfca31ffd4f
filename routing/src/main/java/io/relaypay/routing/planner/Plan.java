package io.relaypay.routing.planner;

import java.util.List;
import java.util.Objects;

/**
 * The planner's answer: which premium messages to send on which day, and how the total compares
 * with the amount asked for.
 *
 * @param requested the amount asked for
 * @param schedule the days with messages, by ascending offset; empty when no message fits the limits
 */
public record Plan(Amount requested, List<PlannedDay> schedule) {

    /** Rejects days out of order or repeated. */
    public Plan {
        Objects.requireNonNull(requested, "requested");
        schedule = List.copyOf(schedule);
        int previous = -1;
        for (PlannedDay day : schedule) {
            if (day.dayOffset() <= previous) {
                throw new IllegalArgumentException("schedule days must be in ascending order without repeats");
            }
            previous = day.dayOffset();
        }
    }

    /** What all messages bill together, in minor units. */
    public long total() {
        return schedule.stream().mapToLong(PlannedDay::total).sum();
    }

    /** How many premium messages the plan sends. */
    public int messages() {
        return schedule.stream().mapToInt(day -> day.prices().size()).sum();
    }

    /** How far the total is from the amount asked for, either way. */
    public long distance() {
        return Math.abs(total() - requested.minor());
    }

    /** What the plan collects beyond the amount, credited to the user's balance (0 if none). */
    public long credit() {
        return Math.max(0, total() - requested.minor());
    }

    /** What the plan leaves uncollected, to be paid another way (0 if none). */
    public long shortfall() {
        return Math.max(0, requested.minor() - total());
    }
}
