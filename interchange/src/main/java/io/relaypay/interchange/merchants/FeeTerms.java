package io.relaypay.interchange.merchants;

/**
 * What a merchant pays per payment: a percentage in basis points and/or a fixed fee.
 *
 * @param basisPoints 1/100 of a percent of the amount, 0 to 10,000
 * @param fixedMinor fixed part in minor units of the payment's currency
 */
public record FeeTerms(int basisPoints, long fixedMinor) {

    /** No fee. */
    public static final FeeTerms NONE = new FeeTerms(0, 0);

    /** Rejects out-of-range terms. */
    public FeeTerms {
        if (basisPoints < 0 || basisPoints > 10_000) {
            throw new IllegalArgumentException("fee basis points must be 0 to 10000");
        }
        if (fixedMinor < 0) {
            throw new IllegalArgumentException("fixed fee must not be negative");
        }
    }

    /**
     * The fee on {@code amount}, the percentage rounded up to the minor unit, never more than the
     * amount itself.
     */
    public long feeFor(long amount) {
        long percentage = Math.ceilDiv(Math.multiplyExact(amount, (long) basisPoints), 10_000L);
        return Math.min(amount, Math.addExact(percentage, fixedMinor));
    }
}
