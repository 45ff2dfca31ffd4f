package io.relaypay.routing.funding;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every option's quote, cheapest first, and the options that cannot fund the request.
 *
 * @param request the request
 * @param quotes the feasible options' quotes, ranked: total access cost, then fewer steps, then
 *     {@link FundingChooser#TIE_ORDER}, then the request's order
 * @param infeasible the options that cannot fund the request, in the request's order
 */
public record FundingChoice(FundingRequest request, List<FundingQuote> quotes, List<Infeasible> infeasible) {

    /** Copies the lists. */
    public FundingChoice {
        Objects.requireNonNull(request, "request");
        quotes = List.copyOf(quotes);
        infeasible = List.copyOf(infeasible);
    }

    /** The cheapest quote; empty when no option can fund the request. */
    public Optional<FundingQuote> chosen() {
        return quotes.isEmpty() ? Optional.empty() : Optional.of(quotes.getFirst());
    }

    /** A readable account: the quotes in rank order with their breakdowns, then what was infeasible. */
    public String explain() {
        StringBuilder text = new StringBuilder()
                .append("fund ")
                .append(request.amount().minor())
                .append(' ')
                .append(request.amount().currency())
                .append(quotes.isEmpty() ? ": no option can\n" : "\n");
        for (int i = 0; i < quotes.size(); i++) {
            text.append(i == 0 ? "chosen: " : "option " + (i + 1) + ": ")
                    .append(quotes.get(i).explain())
                    .append('\n');
        }
        for (Infeasible option : infeasible) {
            text.append("infeasible: ").append(option).append('\n');
        }
        return text.toString();
    }
}
