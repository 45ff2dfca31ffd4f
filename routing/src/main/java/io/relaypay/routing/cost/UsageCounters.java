package io.relaypay.routing.cost;

/**
 * How many messages an edge has already carried in the current billing month; a cost model prices
 * the next one. Subscriptions are assumed to renew with the billing month.
 *
 * @param monthToDate messages already sent this billing month, never negative
 */
public record UsageCounters(long monthToDate) {

    /** No message sent yet this month. */
    public static final UsageCounters NONE = new UsageCounters(0);

    /** Rejects a negative count, which no counter can produce. */
    public UsageCounters {
        if (monthToDate < 0) {
            throw new IllegalArgumentException("monthToDate must not be negative: " + monthToDate);
        }
    }
}
