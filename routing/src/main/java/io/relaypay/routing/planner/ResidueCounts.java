package io.relaypay.routing.planner;

import java.util.ArrayList;
import java.util.List;

/**
 * Fewest-message counts for large totals without a table over every total. The dearest price
 * point {@code m} bills most per message, so a plan is some cheaper messages summing to {@code s}
 * plus {@code (t - s) / m} dear ones; its count is {@code (t + w) / m} with {@code w = c * m - s}
 * for the {@code c} cheaper messages. Minimising {@code w} per residue {@code s mod m} is a
 * shortest-path problem on {@code m} nodes (Böcker and Lipták's round-robin, {@code O(m * prices)}).
 * For {@code t} at least that path's {@code s} the count is exact; below it, an ordinary table up
 * to the largest such {@code s} answers. Used when {@code m} is small next to the totals: for 500.00
 * over price points up to 9.99 it replaces 50,000 table steps per price point with about 1,000.
 */
final class ResidueCounts implements Counts {

    private final int[] units;
    private final int max;
    private final long base;
    private final long[] keys; // w * base + s, lexicographic (least w, then least s); -1 when unreachable
    private final int[] via;
    private final int largest; // the largest residue's cheaper sum, capped at the top total
    private MinCounts small;

    private ResidueCounts(int[] units, int top) {
        this.units = units;
        this.max = units[units.length - 1];
        this.base = (long) max * max + max + 1;
        this.keys = new long[max];
        this.via = new int[max];
        java.util.Arrays.fill(keys, Long.MAX_VALUE);
        keys[0] = 0;
        for (int i = 0; i < units.length - 1; i++) {
            relaxAround(i);
        }
        int largest = 0;
        for (long key : keys) {
            if (key != Long.MAX_VALUE) {
                largest = Math.max(largest, (int) (key % base));
            }
        }
        this.largest = Math.min(largest, top);
    }

    /** Whether residues beat a plain table: few residues, no overflow of the packed keys. */
    static boolean suits(int[] units, int top) {
        int max = units[units.length - 1];
        // About three passes over the residues per price point against one pass over the totals.
        return max <= 40_000 && 3L * max < top;
    }

    /** The table for totals below a residue's cheaper sum, built on first use. */
    private MinCounts small() {
        if (small == null) {
            small = MinCounts.upTo(largest, units);
        }
        return small;
    }

    /** Counts over ascending {@code units} for totals up to {@code top}. */
    static ResidueCounts of(int[] units, int top) {
        return new ResidueCounts(units, top);
    }

    /** Adds price point {@code i}: along each cycle of {@code +price mod max}, from its least node, twice round. */
    private void relaxAround(int i) {
        int price = units[i];
        long step = (long) (max - price) * base + price;
        int cycles = gcd(price, max);
        for (int start = 0; start < cycles; start++) {
            int least = start;
            for (int r = wrap(start + price); r != start; r = wrap(r + price)) {
                if (keys[r] < keys[least]) {
                    least = r;
                }
            }
            if (keys[least] == Long.MAX_VALUE) {
                continue;
            }
            int r = least;
            do {
                int next = wrap(r + price);
                if (keys[r] + step < keys[next]) {
                    keys[next] = keys[r] + step;
                    via[next] = i;
                }
                r = next;
            } while (r != least);
        }
    }

    @Override
    public int count(int total) {
        long key = keys[total % max];
        if (key == Long.MAX_VALUE) {
            return MinCounts.UNREACHABLE;
        }
        long cheaper = key % base;
        if (total < cheaper) {
            return small().count(total);
        }
        return (int) ((total + key / base) / max);
    }

    @Override
    public List<Integer> pricesFor(int total) {
        int r = total % max;
        long cheaper = keys[r] % base;
        if (total < cheaper) {
            return small().pricesFor(total);
        }
        List<Integer> prices = new ArrayList<>();
        for (long dear = (total - cheaper) / max; dear > 0; dear--) {
            prices.add(max);
        }
        List<Integer> rest = new ArrayList<>();
        while (r != 0) {
            int price = units[via[r]];
            rest.add(price);
            r = Math.floorMod(r - price, max);
        }
        rest.sort(java.util.Comparator.reverseOrder());
        prices.addAll(rest);
        return prices;
    }

    /** {@code value mod max} for {@code value < 2 * max}, without a division in the hot loops. */
    private int wrap(int value) {
        return value >= max ? value - max : value;
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
