package io.relaypay.interchange.deposits;

import io.relaypay.routing.planner.Amount;
import io.relaypay.routing.planner.Limits;
import io.relaypay.routing.planner.OvershootPolicy;
import io.relaypay.routing.planner.Plan;
import io.relaypay.routing.planner.PlannedDay;
import io.relaypay.routing.planner.PricePointPlanner;
import io.relaypay.routing.planner.PricePoints;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Turns an amount into premium messages and their days: routing's exact {@link PricePointPlanner},
 * then one item per message, in plan order (day by day, dearest first).
 */
public final class DepositPlanner {

    /**
     * One planned message before it is stored.
     *
     * @param seq its position, from 0
     * @param dayOffset its plan day
     * @param price what it bills
     */
    public record Planned(int seq, int dayOffset, long price) {}

    private final PricePointPlanner planner = new PricePointPlanner();

    /** A planner; it holds no state. */
    public DepositPlanner() {}

    /**
     * The messages billing the total closest to {@code amount} within {@code limits}; empty when
     * no message fits.
     *
     * @param policy {@link OvershootPolicy#CREDIT_REMAINDER} for a deposit (closest either way),
     *     {@link OvershootPolicy#COVER_AMOUNT} to fund a purchase
     */
    public List<Planned> plan(long amount, String currency, PricePoints points, Limits limits, OvershootPolicy policy) {
        Plan plan = planner.plan(new Amount(amount, currency), points, limits, policy);
        List<Planned> items = new ArrayList<>();
        for (PlannedDay day : plan.schedule()) {
            for (long price : day.prices()) {
                items.add(new Planned(items.size(), day.dayOffset(), price));
            }
        }
        return items;
    }

    /**
     * When the messages of plan day {@code dayOffset} may go, for a deposit confirmed at {@code
     * confirmedAt}: day 0 at once, every later day at its midnight in {@code zone}.
     */
    public static Instant dueAt(Instant confirmedAt, int dayOffset, ZoneId zone) {
        Objects.requireNonNull(confirmedAt, "confirmedAt");
        if (dayOffset == 0) {
            return confirmedAt;
        }
        LocalDate day = LocalDate.ofInstant(confirmedAt, zone).plusDays(dayOffset);
        return day.atStartOfDay(zone).toInstant();
    }
}
