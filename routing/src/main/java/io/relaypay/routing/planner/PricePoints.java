package io.relaypay.routing.planner;

import java.util.List;
import java.util.Objects;

/**
 * The fixed prices a carrier bills one premium message at, in minor units of one currency. The
 * largest is the most a single message may cost, so it is also the per-message limit.
 *
 * @param currency the ISO-4217 code the prices are in
 * @param prices the price points, strictly ascending and positive (at least one, at most 64)
 */
public record PricePoints(String currency, List<Long> prices) {

    /** Most carriers offer a handful; a cap keeps the planner's cost predictable. */
    public static final int MAX_PRICE_POINTS = 64;

    /** Rejects an empty, unsorted, duplicated or non-positive list. */
    public PricePoints {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(prices, "prices");
        prices = List.copyOf(prices);
        if (prices.isEmpty() || prices.size() > MAX_PRICE_POINTS) {
            throw new IllegalArgumentException(
                    "a carrier needs 1 to " + MAX_PRICE_POINTS + " price points, got " + prices.size());
        }
        long previous = 0;
        for (long price : prices) {
            if (price <= 0) {
                throw new IllegalArgumentException("price points must be positive, got " + price);
            }
            if (price <= previous) {
                throw new IllegalArgumentException("price points must be strictly ascending, got " + prices);
            }
            previous = price;
        }
    }

    /** Price points in minor units of {@code currency}, given in any order of arguments. */
    public static PricePoints of(String currency, long... prices) {
        return new PricePoints(currency, java.util.Arrays.stream(prices).boxed().toList());
    }

    /** The dearest price point: the per-message limit. */
    public long max() {
        return prices.getLast();
    }
}
