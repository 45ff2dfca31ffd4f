package io.relaypay.routing.planner;

import java.util.ArrayList;
import java.util.List;

/**
 * The planner's specification by exhaustion: every multiset of price points with a total below
 * twice the amount (beyond that the empty plan is at least as close, with fewer messages), or,
 * when the plan must cover the amount, below the amount plus the dearest price point (beyond that
 * a message can go and the rest still covers it); kept when it obeys the totals and the policy and
 * fits into the days by trying every assignment of messages to days. Slow; for small amounts only.
 */
final class BruteForcePlanner {

    /** The best (distance, messages) any allowed schedule reaches. */
    record Best(long distance, int messages) {}

    private final Amount amount;
    private final long[] prices;
    private final Limits limits;
    private final OvershootPolicy policy;
    private Best best;

    private BruteForcePlanner(Amount amount, PricePoints points, Limits limits, OvershootPolicy policy) {
        this.amount = amount;
        this.prices = points.prices().stream().mapToLong(Long::longValue).toArray();
        this.limits = limits;
        this.policy = policy;
    }

    static Best best(Amount amount, PricePoints points, Limits limits, OvershootPolicy policy) {
        BruteForcePlanner search = new BruteForcePlanner(amount, points, limits, policy);
        search.best = new Best(amount.minor(), 0);
        search.enumerate(0, new ArrayList<>(), 0);
        return search.best;
    }

    private void enumerate(int index, List<Long> chosen, long total) {
        if (index == prices.length) {
            consider(chosen, total);
            return;
        }
        enumerate(index + 1, chosen, total);
        long bound = policy == OvershootPolicy.COVER_AMOUNT
                ? amount.minor() + prices[prices.length - 1]
                : 2 * amount.minor();
        int added = 0;
        while (total + prices[index] < bound && chosen.size() < limits.totalCount()) {
            chosen.add(prices[index]);
            total += prices[index];
            added++;
            enumerate(index + 1, chosen, total);
        }
        for (int i = 0; i < added; i++) {
            chosen.removeLast();
        }
    }

    private void consider(List<Long> messages, long total) {
        if (messages.isEmpty()
                || total > limits.perMonthAmount()
                || total > limits.remainingThisPeriod()
                || (policy == OvershootPolicy.NEVER_EXCEED && total > amount.minor())
                || (policy == OvershootPolicy.COVER_AMOUNT && total < amount.minor())) {
            return;
        }
        Best candidate = new Best(Math.abs(total - amount.minor()), messages.size());
        // A covering plan beats the empty one however far it overshoots: the empty one covers nothing.
        boolean beatsEmpty = policy == OvershootPolicy.COVER_AMOUNT && best.messages() == 0;
        boolean better = beatsEmpty
                || candidate.distance() < best.distance()
                || (candidate.distance() == best.distance() && candidate.messages() < best.messages());
        if (better && fits(messages, 0, new long[limits.days()], new long[limits.days()])) {
            best = candidate;
        }
    }

    /** Whether messages from {@code next} on can be put into days with these running counts and sums. */
    private boolean fits(List<Long> messages, int next, long[] counts, long[] sums) {
        if (next == messages.size()) {
            return true;
        }
        long price = messages.get(next);
        for (int day = 0; day < counts.length; day++) {
            if (counts[day] + 1 <= limits.perDayCount() && sums[day] + price <= limits.perDayAmount()) {
                counts[day]++;
                sums[day] += price;
                boolean fits = fits(messages, next + 1, counts, sums);
                counts[day]--;
                sums[day] -= price;
                if (fits) {
                    return true;
                }
            }
            if (counts[day] == 0) {
                return false; // every later day is empty too: trying them repeats this one
            }
        }
        return false;
    }
}
