package io.relaypay.routing.planner;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The planner against exhaustive search on small amounts, and the limits on every plan. */
class PricePointPlannerProperties {

    /** One planning question. */
    record Case(Amount amount, PricePoints points, Limits limits, OvershootPolicy policy) {}

    private final PricePointPlanner planner = new PricePointPlanner();

    @Property(tries = 1500)
    void theClosestFewestMessagePlanMatchesBruteForce(@ForAll("cases") Case c) {
        Plan plan = planner.plan(c.amount(), c.points(), c.limits(), c.policy());
        BruteForcePlanner.Best best = BruteForcePlanner.best(c.amount(), c.points(), c.limits(), c.policy());

        assertThat(plan.distance()).as("distance").isEqualTo(best.distance());
        assertThat(plan.messages()).as("messages").isEqualTo(best.messages());
    }

    @Property(tries = 1500)
    void everyPlanRespectsItsLimitsAndPolicy(@ForAll("cases") Case c) {
        Plan plan = planner.plan(c.amount(), c.points(), c.limits(), c.policy());
        Limits limits = c.limits();

        assertThat(plan.total()).isLessThanOrEqualTo(limits.perMonthAmount());
        assertThat(plan.total()).isLessThanOrEqualTo(limits.remainingThisPeriod());
        assertThat((long) plan.messages()).isLessThanOrEqualTo(limits.perMonthCount());
        if (c.policy() == OvershootPolicy.NEVER_EXCEED) {
            assertThat(plan.total()).isLessThanOrEqualTo(c.amount().minor());
        }
        if (c.policy() == OvershootPolicy.COVER_AMOUNT && plan.messages() > 0) {
            assertThat(plan.total()).isGreaterThanOrEqualTo(c.amount().minor());
        }
        for (PlannedDay day : plan.schedule()) {
            assertThat(day.dayOffset()).isLessThan(limits.days());
            assertThat((long) day.prices().size()).isLessThanOrEqualTo(limits.perDayCount());
            assertThat(day.total()).isLessThanOrEqualTo(limits.perDayAmount());
            assertThat(c.points().prices()).containsAll(day.prices());
        }
    }

    @Property(tries = 300)
    void thePlanIsDeterministic(@ForAll("cases") Case c) {
        assertThat(planner.plan(c.amount(), c.points(), c.limits(), c.policy()))
                .isEqualTo(planner.plan(c.amount(), c.points(), c.limits(), c.policy()));
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Amount> amounts = Arbitraries.longs().between(1, 40).map(minor -> new Amount(minor, "EUR"));
        Arbitrary<PricePoints> points = Arbitraries.longs()
                .between(2, 15)
                .set()
                .ofMinSize(1)
                .ofMaxSize(4)
                .map(set -> new PricePoints("EUR", set.stream().sorted().toList()));
        Arbitrary<Limits> limits = Combinators.combine(
                        Arbitraries.integers().between(1, 3),
                        orUnlimited(Arbitraries.longs().between(0, 4)),
                        orUnlimited(Arbitraries.longs().between(0, 40)),
                        orUnlimited(Arbitraries.longs().between(0, 8)),
                        orUnlimited(Arbitraries.longs().between(0, 60)),
                        orUnlimited(Arbitraries.longs().between(0, 60)))
                .as(Limits::new);
        return Combinators.combine(amounts, points, limits, Arbitraries.of(OvershootPolicy.class))
                .as(Case::new);
    }

    private static Arbitrary<Long> orUnlimited(Arbitrary<Long> limit) {
        return Arbitraries.oneOf(limit, Arbitraries.just(Limits.UNLIMITED));
    }
}
