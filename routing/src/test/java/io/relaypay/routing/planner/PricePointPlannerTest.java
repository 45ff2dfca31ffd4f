package io.relaypay.routing.planner;

import static io.relaypay.routing.planner.OvershootPolicy.COVER_AMOUNT;
import static io.relaypay.routing.planner.OvershootPolicy.CREDIT_REMAINDER;
import static io.relaypay.routing.planner.OvershootPolicy.NEVER_EXCEED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PricePointPlannerTest {

    private static final PricePoints CARRIER = PricePoints.of("EUR", 99, 199, 299, 499, 999);
    private final PricePointPlanner planner = new PricePointPlanner();

    private Plan plan(long amount, Limits limits, OvershootPolicy policy) {
        return planner.plan(new Amount(amount, "EUR"), CARRIER, limits, policy);
    }

    @Test
    void exactFitUsesTheFewestMessages() {
        Plan plan = plan(1497, Limits.unlimited(1), NEVER_EXCEED);

        assertThat(plan.total()).isEqualTo(1497);
        assertThat(plan.schedule()).containsExactly(new PlannedDay(0, List.of(999L, 299L, 199L)));
    }

    @Test
    void exactFitBeatsAGreedyChoice() {
        // Greedy takes 4 then 1+1; the exact plan is 3+3.
        Plan plan =
                planner.plan(new Amount(6, "EUR"), PricePoints.of("EUR", 1, 3, 4), Limits.unlimited(1), NEVER_EXCEED);

        assertThat(plan.schedule()).containsExactly(new PlannedDay(0, List.of(3L, 3L)));
    }

    @Test
    void neverExceedStopsBelowTheAmount() {
        Plan plan = plan(1000, Limits.unlimited(1), NEVER_EXCEED);

        assertThat(plan.total()).isEqualTo(999);
        assertThat(plan.shortfall()).isEqualTo(1);
        assertThat(plan.credit()).isZero();
    }

    @Test
    void overshootIsCreditedWhenItIsCloser() {
        Plan plan = planner.plan(
                new Amount(450, "EUR"), PricePoints.of("EUR", 100, 500), Limits.unlimited(1), CREDIT_REMAINDER);

        assertThat(plan.total()).isEqualTo(500);
        assertThat(plan.credit()).isEqualTo(50);
        assertThat(plan.messages()).isEqualTo(1);
    }

    @Test
    void anEquallyCloseUndershootBeatsAnOvershoot() {
        Plan plan =
                planner.plan(new Amount(150, "EUR"), PricePoints.of("EUR", 100), Limits.unlimited(1), CREDIT_REMAINDER);

        assertThat(plan.total()).isEqualTo(100);
    }

    @Test
    void aDailyCountLimitSpreadsMessagesOverDays() {
        Plan plan = plan(2997, Limits.unlimited(5).withPerDayCount(1), NEVER_EXCEED);

        assertThat(plan.schedule())
                .containsExactly(
                        new PlannedDay(0, List.of(999L)),
                        new PlannedDay(1, List.of(999L)),
                        new PlannedDay(2, List.of(999L)));
    }

    @Test
    void aDailyAmountLimitPacksMessagesIntoDays() {
        // Three messages of 2.99 are 8.97 but do not fit two days of at most 5.00: the plan keeps 2 of them
        // unless cheaper messages fill the days closer.
        Plan plan = planner.plan(
                new Amount(897, "EUR"),
                PricePoints.of("EUR", 299),
                Limits.unlimited(2).withPerDayAmount(500),
                NEVER_EXCEED);

        assertThat(plan.schedule()).containsExactly(new PlannedDay(0, List.of(299L)), new PlannedDay(1, List.of(299L)));
    }

    @Test
    void anAmountBeyondTheLimitsGetsTheClosestPlanWithinThem() {
        Plan plan = plan(
                10_000,
                Limits.unlimited(30).withPerDayCount(2).withPerMonthCount(3).withRemainingThisPeriod(2_500),
                CREDIT_REMAINDER);

        assertThat(plan.total()).isEqualTo(2_497);
        assertThat(plan.messages()).isEqualTo(3);
        assertThat(plan.schedule()).hasSize(2);
    }

    @Test
    void exhaustedLimitsGiveAnEmptyPlan() {
        Plan plan = plan(500, Limits.unlimited(1).withRemainingThisPeriod(0), CREDIT_REMAINDER);

        assertThat(plan.schedule()).isEmpty();
        assertThat(plan.shortfall()).isEqualTo(500);
    }

    @Test
    void theGreatestCommonDivisorKeepsLargeAmountsCheap() {
        Plan plan = planner.plan(
                new Amount(49_999_900, "EUR"),
                PricePoints.of("EUR", 100, 200, 500, 1000),
                Limits.unlimited(1),
                NEVER_EXCEED);

        assertThat(plan.total()).isEqualTo(49_999_900);
    }

    @Test
    void zeroOrNegativeAmountsAreRejected() {
        assertThatThrownBy(() -> new Amount(0, "EUR")).hasMessageContaining("amount must be positive");
        assertThatThrownBy(() -> new Amount(-5, "EUR")).hasMessageContaining("amount must be positive");
    }

    @Test
    void badPricePointsAreRejected() {
        assertThatThrownBy(() -> PricePoints.of("EUR")).hasMessageContaining("1 to 64 price points");
        assertThatThrownBy(() -> PricePoints.of("EUR", 0, 5)).hasMessageContaining("must be positive");
        assertThatThrownBy(() -> PricePoints.of("EUR", 5, 5)).hasMessageContaining("strictly ascending");
        assertThatThrownBy(() -> PricePoints.of("EUR", 9, 5)).hasMessageContaining("strictly ascending");
    }

    @Test
    void badLimitsAreRejected() {
        assertThatThrownBy(() -> Limits.unlimited(0)).hasMessageContaining("at least one day");
        assertThatThrownBy(() -> Limits.unlimited(1).withPerDayCount(-1))
                .hasMessageContaining("perDayCount must not be negative");
    }

    @Test
    void aCurrencyMismatchIsRejected() {
        assertThatThrownBy(() -> planner.plan(new Amount(100, "USD"), CARRIER, Limits.unlimited(1), NEVER_EXCEED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("USD");
    }

    @Test
    void anAmountTooLargeToPlanIsRejected() {
        assertThatThrownBy(() -> plan(Long.MAX_VALUE / 2, Limits.unlimited(1), NEVER_EXCEED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("table entries");
    }

    @Test
    void coverAmountTakesTheSmallestTotalAtOrAboveTheAmount() {
        PricePoints points = PricePoints.of("EUR", 100, 200);
        Amount amount = new Amount(150, "EUR");

        // Equally close either way: the closest plan undershoots, the covering one does not.
        assertThat(planner.plan(amount, points, Limits.unlimited(1), CREDIT_REMAINDER)
                        .total())
                .isEqualTo(100);
        Plan covering = planner.plan(amount, points, Limits.unlimited(1), COVER_AMOUNT);
        assertThat(covering.total()).isEqualTo(200);
        assertThat(covering.credit()).isEqualTo(50);
        assertThat(covering.messages()).isEqualTo(1);
    }

    @Test
    void coverAmountOvershootsFartherThanTheAmountItself() {
        Plan plan = planner.plan(new Amount(3, "EUR"), PricePoints.of("EUR", 10), Limits.unlimited(1), COVER_AMOUNT);

        assertThat(plan.total()).isEqualTo(10);
        assertThat(plan.credit()).isEqualTo(7);
    }

    @Test
    void coverAmountSendsNothingWhenTheLimitsCannotReachTheAmount() {
        Plan plan = planner.plan(
                new Amount(500, "EUR"),
                PricePoints.of("EUR", 100),
                Limits.unlimited(1).withPerMonthAmount(400),
                COVER_AMOUNT);

        assertThat(plan.schedule()).isEmpty();
        assertThat(plan.shortfall()).isEqualTo(500);
    }
}
