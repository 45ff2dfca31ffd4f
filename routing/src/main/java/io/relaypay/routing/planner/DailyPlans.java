package io.relaypay.routing.planner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The exact planner when a per-day amount limit can bind. Then a set of messages within the
 * totals may still not fit into the days (three messages of 2.99 do not fit two days of at most
 * 5.00 each), so the table is built day by day: after day {@code d} it holds the fewest messages
 * billing each exact total over {@code d} days, each day being one entry of a single-day table
 * within the daily count and amount. Cost {@code O(days * totals * daily amount)}; the loop stops
 * early once one more day reaches nothing new.
 */
final class DailyPlans {

    private DailyPlans() {}

    /** The best plan's days, each dearest first; days ordered by their total, largest first. */
    static List<List<Integer>> best(
            long amount, long divisor, int top, int[] units, Limits limits, OvershootPolicy policy) {
        int dayTop = (int) Math.min(top, limits.perDayAmount() / divisor);
        MinCounts day = MinCounts.upTo(dayTop, units);
        int[] dayCounts = new int[dayTop + 1];
        for (int total = 0; total <= dayTop; total++) {
            int count = day.count(total);
            dayCounts[total] = count <= limits.perDayCount() ? count : MinCounts.UNREACHABLE;
        }
        int[] counts = new int[top + 1];
        Arrays.fill(counts, 1, top + 1, MinCounts.UNREACHABLE);
        List<int[]> dayTotals = new ArrayList<>();
        for (int d = 0; d < limits.days(); d++) {
            int[] next = new int[top + 1];
            int[] chosen = new int[top + 1];
            boolean changed = false;
            for (int total = 0; total <= top; total++) {
                int best = counts[total];
                int pick = 0;
                for (int today = 1; today <= Math.min(total, dayTop); today++) {
                    int count = counts[total - today] + dayCounts[today];
                    if (count < best) {
                        best = count;
                        pick = today;
                    }
                }
                next[total] = Math.min(best, MinCounts.UNREACHABLE);
                chosen[total] = pick;
                changed |= pick != 0;
            }
            if (!changed) {
                break;
            }
            dayTotals.add(chosen);
            counts = next;
        }
        int[] finalCounts = counts;
        int rest = PricePointPlanner.closest(
                amount, divisor, top, total -> finalCounts[total], limits.totalCount(), policy);
        List<List<Integer>> days = new ArrayList<>();
        for (int d = dayTotals.size() - 1; d >= 0; d--) {
            int today = dayTotals.get(d)[rest];
            if (today > 0) {
                days.add(day.pricesFor(today));
                rest -= today;
            }
        }
        days.sort(Comparator.comparingLong(DailyPlans::sum).reversed().thenComparing(DailyPlans::dearestFirst));
        return days;
    }

    private static long sum(List<Integer> prices) {
        return prices.stream().mapToLong(Integer::longValue).sum();
    }

    /** Lexicographic, greater first: a day with dearer leading price points comes earlier. */
    private static int dearestFirst(List<Integer> a, List<Integer> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int order = Integer.compare(b.get(i), a.get(i));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
