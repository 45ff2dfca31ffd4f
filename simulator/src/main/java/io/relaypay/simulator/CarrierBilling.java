package io.relaypay.simulator;

/**
 * A carrier's operator billing (direct carrier billing) terms. The carrier's share of every
 * operator billing charge is its {@link CarrierConfig#sharePercent()}, as for premium messages.
 *
 * @param enabled whether the carrier offers operator billing at all; when not, every charge to its
 *     subscribers is refused with {@code SERVICE_NOT_APPLICABLE}
 * @param monthlySpendingLimitMinor what one subscriber may be charged per calendar month (UTC) by
 *     operator billing, net of refunds and counting open reservations, unless the phone has its own
 *     limit ({@link SubscriberBilling})
 */
public record CarrierBilling(boolean enabled, long monthlySpendingLimitMinor) {

    /** EUR 100.00 (or 10,000 minor units of any currency) a month. */
    public static final long DEFAULT_MONTHLY_LIMIT_MINOR = 100_00;

    /** The limit is not negative. */
    public CarrierBilling {
        if (monthlySpendingLimitMinor < 0) {
            throw new IllegalArgumentException("monthlySpendingLimitMinor must not be negative");
        }
    }

    /** Operator billing on, with the default monthly limit. */
    public static CarrierBilling enabledByDefault() {
        return new CarrierBilling(true, DEFAULT_MONTHLY_LIMIT_MINOR);
    }

    /** Operator billing on, with this monthly limit per subscriber. */
    public static CarrierBilling enabled(long monthlySpendingLimitMinor) {
        return new CarrierBilling(true, monthlySpendingLimitMinor);
    }

    /** No operator billing on this carrier. */
    public static CarrierBilling disabled() {
        return new CarrierBilling(false, 0);
    }
}
