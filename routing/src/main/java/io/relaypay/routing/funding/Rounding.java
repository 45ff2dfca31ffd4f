package io.relaypay.routing.funding;

/** The two roundings of funding quotes, both up to the minor unit; see the package documentation. */
final class Rounding {

    private static final int BASIS = 10_000;

    private Rounding() {}

    /**
     * {@code basisPoints} of {@code minor}, rounded up. Split into whole ten-thousands and a
     * remainder, so the product never overflows: {@code q * bps <= minor} and {@code r * bps <
     * 10^8}.
     */
    static long basisPointsUp(long minor, int basisPoints) {
        long whole = minor / BASIS;
        long rest = minor % BASIS;
        return whole * basisPoints + Math.ceilDiv(rest * basisPoints, BASIS);
    }

    /** {@code micros} in minor units of a currency with {@code microsPerMinor}, rounded up. */
    static long microsUp(long micros, long microsPerMinor) {
        return Math.ceilDiv(micros, microsPerMinor);
    }
}
