package io.relaypay.routing.funding;

/**
 * What a party keeps of each charge it collects: a share of the gross plus a fixed fee.
 *
 * @param basisPoints the share of the gross, in hundredths of a percent (0..10,000)
 * @param fixedMinor the fixed fee per charge, in minor units, never negative
 */
public record FeeTerms(int basisPoints, long fixedMinor) {

    /** Nothing kept. */
    public static final FeeTerms NONE = new FeeTerms(0, 0);

    /** Rejects a share outside 0..10,000 and a negative fixed fee. */
    public FeeTerms {
        if (basisPoints < 0 || basisPoints > 10_000) {
            throw new IllegalArgumentException("basisPoints must be within 0..10000: " + basisPoints);
        }
        if (fixedMinor < 0) {
            throw new IllegalArgumentException("fixedMinor must not be negative: " + fixedMinor);
        }
    }

    /**
     * The fee on a charge of {@code grossMinor}: the share rounded up to the minor unit, plus the
     * fixed fee.
     *
     * @throws ArithmeticException if the fee overflows a {@code long}
     */
    public long feeOn(long grossMinor) {
        return Math.addExact(Rounding.basisPointsUp(grossMinor, basisPoints), fixedMinor);
    }

    /** {@code 290 bps + 25} for explanations. */
    @Override
    public String toString() {
        return basisPoints + " bps + " + fixedMinor;
    }
}
