package io.relaypay.routing.funding;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.routing.planner.Amount;
import io.relaypay.routing.planner.Limits;
import io.relaypay.routing.planner.OvershootPolicy;
import io.relaypay.routing.planner.PricePointPlanner;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The chooser against {@link FundingOracle} on random amounts, options, terms and limits. */
class FundingChooserProperties {

    private final FundingChooser chooser = new FundingChooser(new PricePointPlanner());

    @Property(tries = 1500)
    void theChosenQuoteIsNeverCostlierThanAnyFeasibleOption(@ForAll("requests") FundingRequest request) {
        FundingChoice choice = chooser.choose(request);
        Optional<Long> cheapest = request.options().stream()
                .map(option -> FundingOracle.cost(request, option))
                .flatMap(Optional::stream)
                .min(Long::compare);

        assertThat(choice.chosen().map(FundingQuote::accessCost))
                .as(choice.explain())
                .isEqualTo(cheapest);
        assertThat(choice.quotes()).extracting(FundingQuote::accessCost).isSorted();
    }

    @Property(tries = 1500)
    void everyQuoteCostsWhatTheOracleSaysAndCreditsAtLeastTheAmount(@ForAll("requests") FundingRequest request) {
        FundingChoice choice = chooser.choose(request);

        for (FundingQuote quote : choice.quotes()) {
            assertThat(quote.accessCost())
                    .as(quote.explain())
                    .isEqualTo(FundingOracle.cost(request, quote.option()).orElseThrow());
            assertThat(quote.credited())
                    .as(quote.explain())
                    .isGreaterThanOrEqualTo(request.amount().minor());
            assertThat(quote.credited()).isEqualTo(quote.grossCharged());
        }
    }

    @Property(tries = 1500)
    void infeasibleOptionsAreNeverQuotedAndEveryOptionIsAccountedFor(@ForAll("requests") FundingRequest request) {
        FundingChoice choice = chooser.choose(request);

        List<FundingOption> quoted =
                choice.quotes().stream().map(FundingQuote::option).toList();
        for (Infeasible no : choice.infeasible()) {
            assertThat(FundingOracle.cost(request, no.option()))
                    .as(no.toString())
                    .isEmpty();
            assertThat(choice.explain()).contains("infeasible: " + no);
        }
        for (FundingOption option : quoted) {
            assertThat(FundingOracle.cost(request, option))
                    .as(option.toString())
                    .isPresent();
        }
        assertThat(choice.quotes().size() + choice.infeasible().size())
                .isEqualTo(request.options().size());
    }

    @Provide
    Arbitrary<FundingRequest> requests() {
        Arbitrary<Amount> amounts = Arbitraries.longs().between(1, 3_000).map(minor -> new Amount(minor, "EUR"));
        Arbitrary<FundingOption> option = Arbitraries.oneOf(balances(), billings(), cards(), premiums());
        return Combinators.combine(amounts, option.list().ofMaxSize(6)).as(FundingRequest::new);
    }

    private static Arbitrary<FundingOption> balances() {
        return Arbitraries.longs().between(0, 4_000).map(FundingOption.Balance::new);
    }

    private static Arbitrary<FundingOption> billings() {
        return Combinators.combine(terms(), limits()).as(FundingOption.OperatorBilling::new);
    }

    private static Arbitrary<FundingOption> cards() {
        return Combinators.combine(terms(), limits()).as(FundingOption.Card::new);
    }

    private static Arbitrary<FeeTerms> terms() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 10_000),
                        Arbitraries.longs().between(0, 200))
                .as(FeeTerms::new);
    }

    private static Arbitrary<SpendLimits> limits() {
        Arbitrary<Long> limit =
                Arbitraries.oneOf(Arbitraries.longs().between(0, 4_000), Arbitraries.just(SpendLimits.UNLIMITED));
        return Combinators.combine(limit, limit).as(SpendLimits::new);
    }

    private static Arbitrary<FundingOption> premiums() {
        Arbitrary<List<Long>> prices =
                Arbitraries.longs().between(1, 600).set().ofMaxSize(5).map(set -> new ArrayList<>(set));
        Arbitrary<Limits> limits = Combinators.combine(
                        Arbitraries.integers().between(1, 3),
                        Arbitraries.longs().between(0, 10),
                        Arbitraries.oneOf(Arbitraries.longs().between(0, 3_000), Arbitraries.just(Limits.UNLIMITED)),
                        Arbitraries.oneOf(Arbitraries.longs().between(0, 3_000), Arbitraries.just(Limits.UNLIMITED)))
                .as((days, perDayCount, perMonthAmount, remaining) -> Limits.unlimited(days)
                        .withPerDayCount(perDayCount)
                        .withPerMonthAmount(perMonthAmount)
                        .withRemainingThisPeriod(remaining));
        return Combinators.combine(
                        prices,
                        Arbitraries.integers().between(0, 10_000).list().ofSize(5),
                        limits,
                        Arbitraries.of(OvershootPolicy.COVER_AMOUNT, OvershootPolicy.NEVER_EXCEED),
                        Arbitraries.longs().between(0, 300_000))
                .as((points, shares, premiumLimits, policy, micros) -> {
                    Map<Long, Integer> shareOf = new HashMap<>();
                    for (int i = 0; i < points.size(); i++) {
                        shareOf.put(points.get(i), shares.get(i));
                    }
                    return new FundingOption.PremiumSms(points, shareOf, premiumLimits, policy, micros);
                });
    }
}
