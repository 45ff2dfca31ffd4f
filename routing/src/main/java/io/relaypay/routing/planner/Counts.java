package io.relaypay.routing.planner;

import java.util.List;

/** The fewest messages billing each exact total (in price-divisor units), and one such list. */
interface Counts {

    /** The fewest messages billing exactly {@code total}, or {@link MinCounts#UNREACHABLE} or more. */
    int count(int total);

    /** One fewest-message list of prices billing {@code total}, dearest first. */
    List<Integer> pricesFor(int total);
}
