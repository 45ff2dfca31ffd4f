/**
 * The premium price-point planner: how to collect an amount through a carrier's fixed premium SMS
 * price points, within the carrier's and the user's limits, as a schedule of messages per day.
 *
 * <p>{@link io.relaypay.routing.planner.PricePointPlanner} is exact (bounded dynamic programming,
 * never greedy) and is checked against brute-force enumeration by property tests.
 */
package io.relaypay.routing.planner;
