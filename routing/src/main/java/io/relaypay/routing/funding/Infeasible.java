package io.relaypay.routing.funding;

import java.util.Objects;

/**
 * An option that cannot fund the request, and why.
 *
 * @param option the option
 * @param reason the first reason found
 * @param detail the numbers behind the reason, for {@code explain()}
 */
public record Infeasible(FundingOption option, Reason reason, String detail) implements Assessment {

    /** Rejects missing parts. */
    public Infeasible {
        Objects.requireNonNull(option, "option");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
    }

    /** Why an option cannot fund the request. */
    public enum Reason {
        /** The balance holds less than the amount. */
        BALANCE_SHORT,
        /** The amount is over the method's limit for one charge. */
        OVER_TRANSACTION_LIMIT,
        /** The amount is over what the method has left this period. */
        OVER_PERIOD_LIMIT,
        /** The carrier (or the rules) allow no premium price point. */
        NO_PRICE_POINTS,
        /** No premium plan within the limits bills the amount (or, when exact, bills it exactly). */
        PLAN_FALLS_SHORT,
        /** The amount needs a larger premium table than the planner allows. */
        TOO_LARGE_TO_PLAN
    }

    /** One line for {@code explain()}. */
    @Override
    public String toString() {
        return option.method() + ": " + reason + " (" + detail + ")";
    }
}
