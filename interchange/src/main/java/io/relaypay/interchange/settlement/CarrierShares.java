package io.relaypay.interchange.settlement;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What each carrier keeps of what it bills (premium SMS and operator billing), per carrier and,
 * where a carrier's contract says so, per price point. Deposits and payment settlement ask it for
 * the share of one charge; it knows nothing of how the charge is booked.
 */
public final class CarrierShares {

    private final Map<String, Terms> terms;

    /**
     * One carrier's contract.
     *
     * @param basisPoints its share of any price point not listed, 1/100 of a percent
     * @param byPricePoint its share of specific price points (amount in minor units → basis points)
     */
    public record Terms(int basisPoints, Map<Long, Integer> byPricePoint) {
        /** Rejects shares outside 0–10,000 basis points. */
        public Terms {
            byPricePoint = Map.copyOf(byPricePoint);
            check(basisPoints);
            byPricePoint.values().forEach(Terms::check);
        }

        private static void check(int basisPoints) {
            if (basisPoints < 0 || basisPoints > 10_000) {
                throw new IllegalArgumentException("a carrier share must be 0 to 10000 basis points");
            }
        }

        /** The share in basis points at {@code amount}. */
        public int basisPointsAt(long amount) {
            return byPricePoint.getOrDefault(amount, basisPoints);
        }
    }

    /** Shares by carrier name. */
    public CarrierShares(Map<String, Terms> terms) {
        this.terms = Map.copyOf(Objects.requireNonNull(terms, "terms"));
    }

    /** The carrier's terms, if it is known. */
    public Optional<Terms> of(String carrier) {
        return Optional.ofNullable(terms.get(carrier));
    }

    /**
     * What {@code carrier} keeps of a charge of {@code amount}, rounded half up to the minor unit as
     * carriers do; an unknown carrier keeps nothing we can compute, so it is refused.
     */
    public long shareOf(String carrier, long amount) {
        Terms t = of(carrier).orElseThrow(() -> new IllegalArgumentException("no share terms for carrier " + carrier));
        return Math.floorDiv(
                Math.addExact(Math.multiplyExact(amount, (long) t.basisPointsAt(amount)), 5_000L), 10_000L);
    }
}
