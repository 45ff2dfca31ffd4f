package io.relaypay.routing.graph;

import io.relaypay.routing.cost.UsageCounters;
import java.util.Map;

/**
 * A snapshot of live counters per edge id, fed in by messaging: messages sent this month (for the
 * cost models) and messages in the last second (for the throughput limits). Missing edges count
 * zero.
 *
 * @param counters month-to-date counters by edge id
 * @param lastSecond messages sent in the last second by edge id
 */
public record Usage(Map<String, UsageCounters> counters, Map<String, Integer> lastSecond) {

    /** Nothing sent anywhere yet. */
    public static final Usage NONE = new Usage(Map.of(), Map.of());

    /** Copies the maps. */
    public Usage {
        counters = Map.copyOf(counters);
        lastSecond = Map.copyOf(lastSecond);
    }

    /** The month-to-date counters of {@code edgeId}. */
    public UsageCounters countersOf(String edgeId) {
        return counters.getOrDefault(edgeId, UsageCounters.NONE);
    }

    /** Messages sent over {@code edgeId} in the last second. */
    public int lastSecondOf(String edgeId) {
        return lastSecond.getOrDefault(edgeId, 0);
    }
}
