package io.relaypay.routing.planner;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntUnaryOperator;

/**
 * Plans how to collect an amount with a carrier's fixed premium price points, within limits.
 *
 * <p>The plan is exact, never greedy: among all schedules the limits allow, it returns one whose
 * total is closest to the amount, then with the fewest messages. Under {@link
 * OvershootPolicy#COVER_AMOUNT} only totals at or above the amount count, so the closest is the
 * smallest of them. Ties are broken deterministically:
 *
 * <ol>
 *   <li>closest total to the amount (within the {@link OvershootPolicy});
 *   <li>fewest messages;
 *   <li>the smaller total: an equally close undershoot beats an overshoot, so the user is not
 *       billed more than asked when nothing is gained;
 *   <li>a fixed list of messages for that total, dearest first (the plain table takes the
 *       lexicographically greatest; the residue shortcut as many of the dearest as possible);
 *   <li>messages as early as possible: day 0 is filled first.
 * </ol>
 *
 * <p>Method: an unbounded-knapsack table of the fewest messages billing each exact total, over
 * totals up to {@code amount + max price - 1} when overshoot is allowed (a plan beyond that has a
 * message whose removal brings it closer, and still covers the amount) or up to {@code amount}
 * otherwise, further capped by the
 * amount and count limits. All totals are divided by the greatest common divisor of the price
 * points first: no plan can bill a total that is not a multiple of it, so the table shrinks by that
 * factor at no loss (for 100, 200, 500, 1000 it is 100 times smaller). Cost is {@code O(totals *
 * price points)}, about 0.4 million steps for 500.00 with 8 price points and a divisor of 1.
 *
 * <p>When the dearest price point is small next to the totals, {@link ResidueCounts} answers the
 * same counts from shortest paths over residues modulo it, {@code O(dearest * price points)}, and the
 * search walks outward from the amount, so 500.00 costs a few thousand steps instead of 400,000.
 *
 * <p>A per-day count limit only decides how messages spread over days. A per-day amount limit
 * that can bind makes which plans fit a packing question, so the planner then builds the table
 * day by day ({@link DailyPlans}), exact but {@code O(days * totals * daily amount)}.
 */
public final class PricePointPlanner {

    /** The most table entries (totals divided by the price points' divisor) a plan may need. */
    public static final int MAX_TOTALS = 4_000_000;

    /** Creates a planner; it holds no state, so one instance serves every thread. */
    public PricePointPlanner() {}

    /**
     * The best schedule for {@code amount} under {@code limits}.
     *
     * @throws IllegalArgumentException if the price points are in another currency than the amount,
     *     or the amount is too large to plan (more than {@link #MAX_TOTALS} table entries)
     */
    public Plan plan(Amount amount, PricePoints points, Limits limits, OvershootPolicy policy) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(points, "points");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(policy, "policy");
        if (!amount.currency().equals(points.currency())) {
            throw new IllegalArgumentException(
                    "amount is in " + amount.currency() + " but the price points are in " + points.currency());
        }
        long divisor = divisor(points.prices());
        long max = points.max();
        long upper = policy == OvershootPolicy.NEVER_EXCEED ? amount.minor() : amount.minor() + (max - 1);
        if (upper < 0) {
            throw new IllegalArgumentException("amount " + amount.minor() + " is too large to plan");
        }
        long countLimit = limits.totalCount();
        upper = Math.min(upper, limits.totalAmount());
        upper = Math.min(upper, countLimit > upper / max ? upper : countLimit * max);
        long top = upper / divisor;
        if (top > MAX_TOTALS) {
            throw new IllegalArgumentException("amount " + amount.minor() + " needs " + top
                    + " table entries, more than the " + MAX_TOTALS + " the planner allows");
        }
        int[] units = points.prices().stream()
                .mapToInt(price -> (int) Math.min(price / divisor, top + 1))
                .toArray();
        boolean dailyAmountBinds = limits.perDayAmount() < Math.min(upper, saturatedTimes(limits.perDayCount(), max));
        List<List<Integer>> days = dailyAmountBinds
                ? DailyPlans.best(amount.minor(), divisor, (int) top, units, limits, policy)
                : spreadByCount(
                        best(amount.minor(), divisor, (int) top, counts((int) top, units), countLimit, policy), limits);
        List<PlannedDay> schedule = new ArrayList<>(days.size());
        for (int offset = 0; offset < days.size(); offset++) {
            schedule.add(new PlannedDay(
                    offset,
                    days.get(offset).stream().map(unit -> unit * divisor).toList()));
        }
        return new Plan(amount, schedule);
    }

    /** The fewest-message prices of the closest total up to {@code top} within {@code countLimit}. */
    static List<Integer> best(
            long amount, long divisor, int top, Counts counts, long countLimit, OvershootPolicy policy) {
        return counts.pricesFor(closest(amount, divisor, top, counts::count, countLimit, policy));
    }

    /**
     * The closest total (in divisor units, up to {@code top}) the policy accepts: under {@link
     * OvershootPolicy#COVER_AMOUNT} the smallest covering the amount, else {@link #closest(long,
     * long, int, IntUnaryOperator, long)}. Total 0 (no message) when nothing qualifies.
     */
    static int closest(
            long amount, long divisor, int top, IntUnaryOperator countOf, long countLimit, OvershootPolicy policy) {
        if (policy != OvershootPolicy.COVER_AMOUNT) {
            return closest(amount, divisor, top, countOf, countLimit);
        }
        for (long total = Math.ceilDiv(amount, divisor); total <= top; total++) {
            // The first reachable total is the closest; its fewest-message count is the fewest.
            int count = countOf.applyAsInt((int) total);
            if (count <= countLimit && count < MinCounts.UNREACHABLE) {
                return (int) total;
            }
        }
        return 0;
    }

    /**
     * The total (in divisor units, up to {@code top}) closest to {@code amount} among those whose
     * fewest-message count is within {@code countLimit}; on a tie the fewer messages, then the
     * smaller total. Searches outward from the amount, below before above at equal distance, and
     * stops once candidates are farther than the best found; total 0 (no message) always qualifies.
     */
    static int closest(long amount, long divisor, int top, IntUnaryOperator countOf, long countLimit) {
        int bestTotal = 0;
        long bestDistance = amount;
        int bestCount = 0;
        long below = Math.min(top, amount / divisor);
        long above = below + 1;
        while (true) {
            long belowDistance = below >= 1 ? amount - below * divisor : Long.MAX_VALUE;
            long aboveDistance = above <= top ? above * divisor - amount : Long.MAX_VALUE;
            boolean takeBelow = belowDistance <= aboveDistance;
            long distance = takeBelow ? belowDistance : aboveDistance;
            if (distance == Long.MAX_VALUE || distance > bestDistance) {
                return bestTotal;
            }
            int total = (int) (takeBelow ? below-- : above++);
            int count = countOf.applyAsInt(total);
            if (count > countLimit || count >= MinCounts.UNREACHABLE) {
                continue;
            }
            if (distance < bestDistance
                    || (distance == bestDistance && (count < bestCount || (count == bestCount && total < bestTotal)))) {
                bestTotal = total;
                bestDistance = distance;
                bestCount = count;
            }
        }
    }

    /** Dearest first, {@code perDayCount} messages a day from day 0; fits because the count is capped. */
    private static List<List<Integer>> spreadByCount(List<Integer> prices, Limits limits) {
        List<List<Integer>> days = new ArrayList<>();
        int perDay = (int) Math.min(Integer.MAX_VALUE, limits.perDayCount());
        for (int from = 0; from < prices.size(); from += perDay) {
            days.add(prices.subList(from, Math.min(prices.size(), from + perDay)));
        }
        return days;
    }

    private static Counts counts(int top, int[] units) {
        // The residues' fallback table is built only if the search reaches below a residue's cheaper
        // sum, and never beyond top: at worst the residues add their small cost to the plain table.
        return ResidueCounts.suits(units, top) ? ResidueCounts.of(units, top) : MinCounts.upTo(top, units);
    }

    private static long divisor(List<Long> prices) {
        long divisor = 0;
        for (long price : prices) {
            divisor = gcd(divisor, price);
        }
        return divisor;
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    private static long saturatedTimes(long a, long b) {
        return a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
    }
}
