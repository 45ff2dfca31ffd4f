package io.relaypay.routing.planner;

/** Whether a plan may collect more, or less, than the amount asked for. */
public enum OvershootPolicy {
    /** The plan's total never exceeds the amount; the shortfall is paid another way. */
    NEVER_EXCEED,
    /**
     * The plan's total is the closest to the amount either way; an overshoot is credited to the
     * user's balance, a shortfall paid another way.
     */
    CREDIT_REMAINDER,
    /**
     * The plan's total is the smallest the limits allow at or above the amount, however far above;
     * the remainder is credited. No message at all when no plan within the limits reaches the
     * amount. For funding a purchase, which a shortfall would leave unpaid.
     */
    COVER_AMOUNT
}
