package io.relaypay.routing.graph;

import java.util.Set;

/**
 * An edge's ability to carry premium (billable) messages: at which price points, and what share of
 * the price the party behind the edge keeps, which is a cost of collecting the funds this way.
 *
 * @param pricePoints the price points this edge can bill
 * @param sharePermille the share of the price kept, in thousandths (0..1000)
 */
public record Billing(Set<PricePoint> pricePoints, int sharePermille) {

    /** Copies the price points and checks the share. */
    public Billing {
        pricePoints = Set.copyOf(pricePoints);
        if (sharePermille < 0 || sharePermille > 1000) {
            throw new IllegalArgumentException("sharePermille must be within 0..1000: " + sharePermille);
        }
    }

    /** Whether {@code pricePoint} can be billed. */
    public boolean bills(PricePoint pricePoint) {
        return pricePoints.contains(pricePoint);
    }

    /** The share kept of one message at {@code pricePoint}, in micro-units, rounded down. */
    public long shareOf(PricePoint pricePoint) {
        return Math.multiplyExact(pricePoint.micros(), (long) sharePermille) / 1000;
    }
}
