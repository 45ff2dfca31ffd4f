package io.relaypay.routing.funding;

import java.util.Optional;

/**
 * How much one charge through a method may be, and how much is left this period (a carrier's
 * monthly cap on the phone bill, a card's limit), in minor units.
 *
 * @param perTransaction the most one charge may be
 * @param remainingThisPeriod what is left to charge in the current period
 */
public record SpendLimits(long perTransaction, long remainingThisPeriod) {

    /** No limit. */
    public static final long UNLIMITED = Long.MAX_VALUE;

    /** Neither limit. */
    public static final SpendLimits NONE = new SpendLimits(UNLIMITED, UNLIMITED);

    /** Rejects negative limits; zero is a legal, if exhausted, limit. */
    public SpendLimits {
        if (perTransaction < 0 || remainingThisPeriod < 0) {
            throw new IllegalArgumentException("limits must not be negative");
        }
    }

    /** Why a charge of {@code grossMinor} is not allowed, or empty when it is. */
    Optional<Infeasible.Reason> refuse(long grossMinor) {
        if (grossMinor > perTransaction) {
            return Optional.of(Infeasible.Reason.OVER_TRANSACTION_LIMIT);
        }
        if (grossMinor > remainingThisPeriod) {
            return Optional.of(Infeasible.Reason.OVER_PERIOD_LIMIT);
        }
        return Optional.empty();
    }
}
