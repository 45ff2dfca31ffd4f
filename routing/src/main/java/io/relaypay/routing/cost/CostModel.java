package io.relaypay.routing.cost;

import java.util.ArrayList;
import java.util.List;

/**
 * How an edge charges for messages. The router needs only the <em>marginal</em> cost: what the next
 * message adds to the bill given the counters so far, in micro-units. Models never return a
 * negative cost, which keeps least-cost search over paths sound.
 */
public sealed interface CostModel
        permits CostModel.Flat, CostModel.Subscription, CostModel.VolumeTiers, CostModel.Free, CostModel.Sum {

    /** The cost of the next message, in micro-units, given what was already sent this month. */
    long marginalCost(UsageCounters usage);

    /** A fixed price for every message. */
    static CostModel flat(long microsPerMessage) {
        return new Flat(microsPerMessage);
    }

    /** Nothing per message (an own channel, or a cost paid elsewhere). */
    static CostModel free() {
        return Free.INSTANCE;
    }

    /** Free up to {@code quota} messages a month, then {@code overageMicros} each. */
    static CostModel subscription(long quota, long overageMicros) {
        return new Subscription(quota, overageMicros);
    }

    /** Volume tiers, as {@code fromCount, micros} pairs: {@code tiers(0, 3000, 10_000, 2000)}. */
    static CostModel tiers(long... fromCountAndMicros) {
        if (fromCountAndMicros.length == 0 || fromCountAndMicros.length % 2 != 0) {
            throw new IllegalArgumentException("tiers take fromCount, micros pairs");
        }
        List<VolumeTiers.Tier> tiers = new ArrayList<>();
        for (int i = 0; i < fromCountAndMicros.length; i += 2) {
            tiers.add(new VolumeTiers.Tier(fromCountAndMicros[i], fromCountAndMicros[i + 1]));
        }
        return new VolumeTiers(tiers);
    }

    /** The sum of several models, e.g. a subscription plus a flat carrier pass-through fee. */
    static CostModel sum(CostModel... parts) {
        return new Sum(List.of(parts));
    }

    /**
     * A fixed price for every message.
     *
     * @param micros the price of each message, never negative
     */
    record Flat(long micros) implements CostModel {
        /** Rejects a negative price. */
        public Flat {
            requireNotNegative(micros, "micros");
        }

        @Override
        public long marginalCost(UsageCounters usage) {
            return micros;
        }
    }

    /**
     * A monthly subscription: the fee is sunk, so messages within the quota cost nothing more; the
     * ones past it cost the overage price.
     *
     * @param quota messages included each month
     * @param overageMicros the price of each message past the quota
     */
    record Subscription(long quota, long overageMicros) implements CostModel {
        /** Rejects negative quota or price. */
        public Subscription {
            requireNotNegative(quota, "quota");
            requireNotNegative(overageMicros, "overageMicros");
        }

        @Override
        public long marginalCost(UsageCounters usage) {
            return usage.monthToDate() < quota ? 0 : overageMicros;
        }
    }

    /**
     * Marginal price set by volume: the tier whose {@code fromCount} is the highest not above the
     * month-to-date count prices the next message (the 1st message of the month sees count 0).
     *
     * @param tiers ascending by {@code fromCount}, the first starting at 0
     */
    record VolumeTiers(List<Tier> tiers) implements CostModel {
        /** Rejects tiers that leave counts unpriced or overlap. */
        public VolumeTiers {
            tiers = List.copyOf(tiers);
            if (tiers.isEmpty() || tiers.get(0).fromCount() != 0) {
                throw new IllegalArgumentException("the first tier must start at count 0");
            }
            for (int i = 1; i < tiers.size(); i++) {
                if (tiers.get(i).fromCount() <= tiers.get(i - 1).fromCount()) {
                    throw new IllegalArgumentException("tiers must be strictly ascending by fromCount");
                }
            }
        }

        @Override
        public long marginalCost(UsageCounters usage) {
            // Few tiers in practice (3-6): a backward scan beats a binary search here.
            for (int i = tiers.size() - 1; i > 0; i--) {
                if (usage.monthToDate() >= tiers.get(i).fromCount()) {
                    return tiers.get(i).micros();
                }
            }
            return tiers.get(0).micros();
        }

        /**
         * One volume band.
         *
         * @param fromCount the month-to-date count from which this price applies
         * @param micros the price of each message in this band
         */
        public record Tier(long fromCount, long micros) {
            /** Rejects negative count or price. */
            public Tier {
                requireNotNegative(fromCount, "fromCount");
                requireNotNegative(micros, "micros");
            }
        }
    }

    /** Nothing per message. */
    enum Free implements CostModel {
        /** The only instance. */
        INSTANCE;

        @Override
        public long marginalCost(UsageCounters usage) {
            return 0;
        }
    }

    /**
     * Several models charged together; the marginal cost is the sum of theirs.
     *
     * @param parts the models, at least one
     */
    record Sum(List<CostModel> parts) implements CostModel {
        /** Copies the parts and rejects an empty sum, which is better written as {@link #free()}. */
        public Sum {
            parts = List.copyOf(parts);
            if (parts.isEmpty()) {
                throw new IllegalArgumentException("a sum needs at least one part");
            }
        }

        @Override
        public long marginalCost(UsageCounters usage) {
            long total = 0;
            for (CostModel part : parts) {
                total = Math.addExact(total, part.marginalCost(usage));
            }
            return total;
        }
    }

    private static void requireNotNegative(long value, String name) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative: " + value);
        }
    }
}
