package io.relaypay.routing.funding;

/** What one funding option can do for a request: a quote, or why it cannot fund it. */
public sealed interface Assessment permits FundingQuote, Infeasible {

    /** The option assessed. */
    FundingOption option();
}
