package io.relaypay.routing.planner;

/** Whether a plan may collect more than the amount asked for. */
public enum OvershootPolicy {
    /** The plan's total never exceeds the amount; the shortfall is paid another way. */
    NEVER_EXCEED,
    /** The plan's total may exceed the amount; the remainder is credited to the user's balance. */
    CREDIT_REMAINDER
}
