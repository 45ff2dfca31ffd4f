package io.relaypay.routing.planner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The fewest messages that bill exactly each total from 0 to {@code top}, in units of the price
 * points' greatest common divisor: an unbounded-knapsack table, {@code O(top * prices)}.
 */
final class MinCounts implements Counts {

    /** Unreachable; small enough that adding counts to it never overflows an int. */
    static final int UNREACHABLE = Integer.MAX_VALUE / 4;

    private final int[] units;
    private final int[] counts;

    private MinCounts(int[] units, int[] counts) {
        this.units = units;
        this.counts = counts;
    }

    /** The table for totals 0 to {@code top} over ascending price points {@code units}. */
    static MinCounts upTo(int top, int[] units) {
        int[] counts = new int[top + 1];
        Arrays.fill(counts, 1, top + 1, UNREACHABLE);
        // Each total depends only on totals at least the cheapest price point below it, so the table
        // is filled in blocks of that width, one price point at a time: the inner loop has no
        // dependency between its iterations, which lets the JIT vectorise it.
        int block = units[0];
        for (int start = 1; start <= top; start += block) {
            int end = Math.min(top, start + block - 1);
            for (int price : units) {
                int from = Math.max(start, price);
                for (int total = from; total <= end; total++) {
                    counts[total] = Math.min(counts[total], counts[total - price] + 1);
                }
            }
        }
        return new MinCounts(units, counts);
    }

    @Override
    public int count(int total) {
        return counts[total];
    }

    int top() {
        return counts.length - 1;
    }

    /**
     * One fewest-message way to bill {@code total}, dearest first. At each step it takes the
     * dearest price point that still leads to a fewest-message plan, which makes the answer the
     * lexicographically greatest such list: deterministic, and as few cheap messages as possible.
     */
    @Override
    public List<Integer> pricesFor(int total) {
        if (counts[total] >= UNREACHABLE) {
            throw new IllegalStateException("total " + total + " is unreachable");
        }
        List<Integer> prices = new ArrayList<>(counts[total]);
        int rest = total;
        while (rest > 0) {
            for (int i = units.length - 1; i >= 0; i--) {
                int price = units[i];
                if (price <= rest && counts[rest - price] == counts[rest] - 1) {
                    prices.add(price);
                    rest -= price;
                    break;
                }
            }
        }
        return prices;
    }
}
