package io.relaypay.routing.decision;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators over small value pools, so amounts land exactly on caps and rules often match the
 * request: the boundaries are where a decision goes wrong.
 */
final class DecisionArbitraries {

    private DecisionArbitraries() {}

    static Arbitrary<Long> amounts() {
        return Arbitraries.of(1L, 100L, 200L, 500L, 1_000L, 1_500L);
    }

    static Arbitrary<Long> caps() {
        return Arbitraries.of(0L, 500L, 1_000L, 1_500L, 2_000L, Limits.NO_CAP);
    }

    static Arbitrary<Long> totals() {
        return Arbitraries.of(0L, 500L, 1_000L, 1_500L);
    }

    static Arbitrary<String> currencies() {
        return Arbitraries.of("EUR", "EUR", "EUR", "USD");
    }

    static Arbitrary<Scope> scopes() {
        return Combinators.combine(Arbitraries.of("*", "DE", "FR"), Arbitraries.of("*", "*", "26201", "20801"))
                .as(Scope::new);
    }

    static Arbitrary<Limits> limits() {
        return Combinators.combine(currencies(), caps(), caps(), caps()).as(Limits::new);
    }

    static Arbitrary<PaymentRequest> requests() {
        return Combinators.combine(
                        Arbitraries.of("usr_1", "usr_2"),
                        Arbitraries.of("DE", "FR"),
                        Arbitraries.of("26201", "20801"),
                        Arbitraries.of("mer_1", "mer_2"),
                        Arbitraries.of("groceries", "gambling", "games"),
                        Arbitraries.of("DE", "FR", "KP"),
                        Combinators.combine(amounts(), currencies()).as(Money::new),
                        Arbitraries.of(FundingMethod.class))
                .flatAs((user, country, carrier, merchant, category, merchantCountry, amount, funding) ->
                        Combinators.combine(
                                        Arbitraries.of("+4915112345678", "+4915100000000"),
                                        Arbitraries.of("dev_1", "dev_2"))
                                .as((number, device) -> new PaymentRequest(
                                        user,
                                        new Phone(number, carrier, country),
                                        new Merchant(merchant, category, merchantCountry),
                                        amount,
                                        funding,
                                        device,
                                        Requests.NOW)));
    }

    /** Contexts with caps-relevant values only: no fraud signals, an adult, no parental categories. */
    static Arbitrary<DecisionContext> capContexts() {
        Arbitrary<Optional<ParentalLimits>> parental = limits().map(
                        limits -> new ParentalLimits("usr_parent", limits, Set.of()))
                .optional(0.3);
        return Combinators.combine(totals(), totals(), totals(), totals(), totals(), parental)
                .as((userDay, userMonth, merchantDay, merchantMonth, billed, parent) -> new DecisionContext(
                        new Totals(userDay, userDay + userMonth),
                        new Totals(merchantDay, merchantDay + merchantMonth),
                        billed,
                        FraudSignals.clean(Requests.NOW.minus(Duration.ofDays(365))),
                        parent,
                        OptionalInt.of(30)));
    }

    /** Any context, fraud signals included. */
    static Arbitrary<DecisionContext> contexts() {
        return Combinators.combine(
                        capContexts(),
                        Arbitraries.integers().between(0, 8),
                        Arbitraries.integers().between(0, 8),
                        Arbitraries.of(true, false, false, false),
                        Arbitraries.integers().between(0, 20),
                        Arbitraries.integers().between(0, 4),
                        Arbitraries.integers().between(10, 40).optional(0.8))
                .as((base, hour, day, blocked, seenDaysAgo, pins, age) -> new DecisionContext(
                        base.user(),
                        base.merchant(),
                        base.carrierBilledThisMonth(),
                        new FraudSignals(
                                hour,
                                hour + day,
                                blocked,
                                false,
                                Requests.NOW.minus(Duration.ofDays(seenDaysAgo)),
                                pins),
                        base.parental().map(p -> new ParentalLimits(p.parentUserId(), p.limits(), Set.of("games"))),
                        age.map(OptionalInt::of).orElse(OptionalInt.empty())));
    }

    /** Rules that only cap amounts (and carrier price points): the subject of the cap property. */
    static Arbitrary<Rule> capRules() {
        return Arbitraries.oneOf(
                Combinators.combine(Arbitraries.of("DE", "FR"), limits())
                        .as((country, limits) -> new CountryRegulationRule("r", country, limits, 0)),
                Combinators.combine(
                                Arbitraries.of("26201", "20801"),
                                currencies(),
                                Arbitraries.of(100L, 200L, 500L, 1_000L).set().map(List::copyOf),
                                caps())
                        .as((carrier, currency, points, cap) ->
                                new CarrierPremiumRule("r", carrier, currency, points, cap)),
                Combinators.combine(scopes(), Arbitraries.of("*", "usr_1"), limits())
                        .as((s, u, l) -> new UserLimitRule("r", s, u, l)),
                Combinators.combine(scopes(), Arbitraries.of("*", "mer_2"), limits())
                        .as((s, m, l) -> new MerchantLimitRule("r", s, m, l)),
                scopes().map(s -> new ParentalLimitRule("r", s)));
    }

    /** Every kind of rule. */
    static Arbitrary<Rule> rules() {
        return Arbitraries.oneOf(
                capRules(),
                Combinators.combine(Arbitraries.of("DE", "FR"), limits(), Arbitraries.of(0, 16, 18))
                        .as((country, limits, age) -> new CountryRegulationRule("r", country, limits, age)),
                scopes().map(s -> new MerchantRestrictionRule("r", s, Set.of("gambling"), Set.of("KP"))),
                Combinators.combine(
                                scopes(),
                                Arbitraries.integers().between(1, 6),
                                Arbitraries.integers().between(1, 12))
                        .as((s, hour, day) -> new VelocityRule("r", s, hour, day)),
                scopes().map(s -> new BlocklistRule("r", s, Set.of("+4915100000000"), Set.of("dev_2"))),
                Combinators.combine(scopes(), Arbitraries.integers().between(0, 14), Arbitraries.of(Confirmation.class))
                        .as((s, days, c) -> new NewNumberRule("r", s, Duration.ofDays(days), c)),
                Combinators.combine(scopes(), Arbitraries.integers().between(1, 4))
                        .as((s, max) -> new FailedPinLockoutRule("r", s, max)),
                Combinators.combine(
                                scopes(),
                                Combinators.combine(amounts(), currencies()).as(Money::new),
                                Arbitraries.of(Confirmation.class))
                        .as((s, threshold, c) -> new AmountStepUpRule("r", s, threshold, c)));
    }

    /** A rule set of the given rules, renamed {@code r0, r1, ...} so ids are unique. */
    static RuleSet ruleSet(List<Rule> rules) {
        List<Rule> named = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            named.add(renamed(rules.get(i), "r" + i));
        }
        return new RuleSet("generated", named);
    }

    static Rule renamed(Rule rule, String id) {
        return switch (rule) {
            case CountryRegulationRule r -> new CountryRegulationRule(id, r.country(), r.limits(), r.minimumAge());
            case CarrierPremiumRule r ->
                new CarrierPremiumRule(id, r.carrier(), r.currency(), r.pricePoints(), r.monthlyCap());
            case UserLimitRule r -> new UserLimitRule(id, r.scope(), r.userId(), r.limits());
            case MerchantLimitRule r -> new MerchantLimitRule(id, r.scope(), r.merchantId(), r.limits());
            case MerchantRestrictionRule r ->
                new MerchantRestrictionRule(id, r.scope(), r.deniedCategories(), r.deniedMerchantCountries());
            case ParentalLimitRule r -> new ParentalLimitRule(id, r.scope());
            case VelocityRule r -> new VelocityRule(id, r.scope(), r.maxPerHour(), r.maxPerDay());
            case BlocklistRule r -> new BlocklistRule(id, r.scope(), r.numbers(), r.devices());
            case NewNumberRule r -> new NewNumberRule(id, r.scope(), r.newerThan(), r.required());
            case FailedPinLockoutRule r -> new FailedPinLockoutRule(id, r.scope(), r.maxFailedPins());
            case AmountStepUpRule r -> new AmountStepUpRule(id, r.scope(), r.threshold(), r.required());
        };
    }
}
