package io.relaypay.interchange.deposits;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.routing.planner.Limits;
import io.relaypay.routing.planner.OvershootPolicy;
import io.relaypay.routing.planner.PricePoints;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class DepositPlannerTest {

    static final PricePoints POINTS = PricePoints.of("EUR", 99, 199, 299, 499, 999);

    @Test
    void dayZeroIsDueAtOnceAndLaterDaysAtTheirMidnight() {
        Instant confirmed = Instant.parse("2026-03-10T21:30:00Z");

        assertThat(DepositPlanner.dueAt(confirmed, 0, ZoneOffset.UTC)).isEqualTo(confirmed);
        assertThat(DepositPlanner.dueAt(confirmed, 1, ZoneOffset.UTC)).isEqualTo(Instant.parse("2026-03-11T00:00:00Z"));
        assertThat(DepositPlanner.dueAt(confirmed, 3, ZoneId.of("Europe/Berlin")))
                .as("22:30 in Berlin: day 3 starts at midnight there")
                .isEqualTo(Instant.parse("2026-03-12T23:00:00Z"));
    }

    @Test
    void aDailyAmountLimitSpreadsThePlanOverDays() {
        List<DepositPlanner.Planned> plan = new DepositPlanner()
                .plan(
                        2500,
                        "EUR",
                        POINTS,
                        Limits.unlimited(10).withPerDayAmount(600),
                        OvershootPolicy.CREDIT_REMAINDER);

        assertThat(plan.stream()
                        .mapToInt(DepositPlanner.Planned::dayOffset)
                        .distinct()
                        .count())
                .isGreaterThanOrEqualTo(5);
        assertThat(plan).extracting(DepositPlanner.Planned::seq).containsExactly(0, 1, 2, 3, 4);
    }

    @Property(tries = 200)
    void itemsAreNumberedInOrderAndNoDayExceedsItsLimits(
            @ForAll @LongRange(min = 1, max = 20_000) long amount,
            @ForAll @IntRange(min = 1, max = 10) int days,
            @ForAll @IntRange(min = 999, max = 3000) int perDayAmount) {
        List<DepositPlanner.Planned> plan = new DepositPlanner()
                .plan(
                        amount,
                        "EUR",
                        POINTS,
                        Limits.unlimited(days).withPerDayAmount(perDayAmount).withPerDayCount(5),
                        OvershootPolicy.CREDIT_REMAINDER);

        for (int i = 0; i < plan.size(); i++) {
            assertThat(plan.get(i).seq()).isEqualTo(i);
            assertThat(plan.get(i).dayOffset()).isBetween(0, days - 1);
            assertThat(POINTS.prices()).contains(plan.get(i).price());
        }
        for (int day = 0; day < days; day++) {
            int d = day;
            List<DepositPlanner.Planned> ofDay =
                    plan.stream().filter(p -> p.dayOffset() == d).toList();
            assertThat(ofDay.size()).isLessThanOrEqualTo(5);
            assertThat(ofDay.stream().mapToLong(DepositPlanner.Planned::price).sum())
                    .isLessThanOrEqualTo(perDayAmount);
        }
    }
}
