package io.relaypay.routing.report;

/**
 * Messages and their summed cost in one report cell.
 *
 * @param messages how many messages
 * @param costMicros their summed marginal cost, in micro-units
 */
public record CostTotal(long messages, long costMicros) {

    /** Nothing yet. */
    public static final CostTotal ZERO = new CostTotal(0, 0);

    /** This total with one more message of {@code cost}; overflow fails rather than wraps. */
    public CostTotal plus(long cost) {
        return new CostTotal(messages + 1, Math.addExact(costMicros, cost));
    }
}
