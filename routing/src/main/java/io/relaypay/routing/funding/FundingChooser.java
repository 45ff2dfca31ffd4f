package io.relaypay.routing.funding;

import io.relaypay.routing.decision.FundingMethod;
import io.relaypay.routing.planner.Amount;
import io.relaypay.routing.planner.Plan;
import io.relaypay.routing.planner.PlannedDay;
import io.relaypay.routing.planner.PricePointPlanner;
import io.relaypay.routing.planner.PricePoints;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Picks how to fund a purchase at the least cost to the interchange. Each option is quoted on its
 * own (the balance is free; operator billing and card pay a share of the gross plus a fixed fee;
 * premium SMS pays the carrier's share of each price point of the planner's schedule plus each
 * message's routing cost) or found infeasible, and the quotes are ranked. Rounding: see the package
 * documentation. Stateless and thread-safe.
 */
public final class FundingChooser {

    /** The last tie-break between methods: the user's own money, the phone bill, then a card. */
    public static final List<FundingMethod> TIE_ORDER = List.of(
            FundingMethod.BALANCE, FundingMethod.OPERATOR_BILLING, FundingMethod.PREMIUM_SMS, FundingMethod.CARD);

    private static final Comparator<FundingQuote> RANKING = Comparator.comparingLong(FundingQuote::accessCost)
            .thenComparingInt(FundingQuote::steps)
            .thenComparingInt(quote -> TIE_ORDER.indexOf(quote.option().method()));

    private final PricePointPlanner planner;

    /** A chooser that plans premium SMS with {@code planner}. */
    public FundingChooser(PricePointPlanner planner) {
        this.planner = Objects.requireNonNull(planner, "planner");
    }

    /**
     * Every option quoted or found infeasible, cheapest quote first.
     *
     * @throws ArithmeticException if a cost overflows a {@code long} (fees near {@link
     *     Long#MAX_VALUE})
     */
    public FundingChoice choose(FundingRequest request) {
        Objects.requireNonNull(request, "request");
        List<FundingQuote> quotes = new ArrayList<>();
        List<Infeasible> infeasible = new ArrayList<>();
        for (FundingOption option : request.options()) {
            switch (assess(request, option)) {
                case FundingQuote quote -> quotes.add(quote);
                case Infeasible no -> infeasible.add(no);
            }
        }
        quotes.sort(RANKING); // stable: equal quotes keep the request's order
        return new FundingChoice(request, quotes, infeasible);
    }

    /** One option's quote for {@code request}, or why it cannot fund it. */
    public Assessment assess(FundingRequest request, FundingOption option) {
        long amount = request.amount().minor();
        return switch (option) {
            case FundingOption.Balance balance ->
                balance.availableMinor() < amount
                        ? new Infeasible(
                                option,
                                Infeasible.Reason.BALANCE_SHORT,
                                "balance " + balance.availableMinor() + " < " + amount)
                        : new FundingQuote(option, amount, amount, 0, 0, 0, amount, 1, Optional.empty());
            case FundingOption.OperatorBilling billing ->
                charge(option, amount, billing.limits())
                        .orElseGet(() -> new FundingQuote(
                                option,
                                amount,
                                amount,
                                billing.carrierShare().feeOn(amount),
                                0,
                                0,
                                amount,
                                1,
                                Optional.empty()));
            case FundingOption.Card card ->
                charge(option, amount, card.limits())
                        .orElseGet(() -> new FundingQuote(
                                option,
                                amount,
                                amount,
                                0,
                                card.processorFee().feeOn(amount),
                                0,
                                amount,
                                1,
                                Optional.empty()));
            case FundingOption.PremiumSms premium -> premium(request, premium);
        };
    }

    /** Why a single charge of {@code amount} is refused, or empty when it is allowed. */
    private static Optional<Assessment> charge(FundingOption option, long amount, SpendLimits limits) {
        return limits.refuse(amount)
                .map(reason -> new Infeasible(
                        option,
                        reason,
                        reason == Infeasible.Reason.OVER_TRANSACTION_LIMIT
                                ? amount + " > " + limits.perTransaction() + " per transaction"
                                : amount + " > " + limits.remainingThisPeriod() + " left this period"));
    }

    private Assessment premium(FundingRequest request, FundingOption.PremiumSms premium) {
        Amount amount = request.amount();
        if (premium.pricePoints().isEmpty()) {
            return new Infeasible(premium, Infeasible.Reason.NO_PRICE_POINTS, "no price point allowed");
        }
        Plan plan;
        try {
            PricePoints points = new PricePoints(amount.currency(), premium.pricePoints());
            plan = planner.plan(amount, points, premium.limits(), premium.policy());
        } catch (IllegalArgumentException tooLarge) {
            // The only other refusal documented, a currency mismatch, cannot happen: one currency.
            return new Infeasible(premium, Infeasible.Reason.TOO_LARGE_TO_PLAN, tooLarge.getMessage());
        }
        if (plan.total() < amount.minor()) {
            return new Infeasible(
                    premium,
                    Infeasible.Reason.PLAN_FALLS_SHORT,
                    "the best plan within the limits bills " + plan.total() + " of " + amount.minor());
        }
        long share = 0;
        for (PlannedDay day : plan.schedule()) {
            for (long price : day.prices()) {
                share = Math.addExact(
                        share,
                        Rounding.basisPointsUp(price, premium.carrierShareBps().get(price)));
            }
        }
        long micros = Math.multiplyExact((long) plan.messages(), premium.messageCostMicros());
        long messageCost = Rounding.microsUp(micros, request.microsPerMinor());
        return new FundingQuote(
                premium,
                amount.minor(),
                plan.total(),
                share,
                0,
                messageCost,
                plan.total(),
                plan.messages(),
                Optional.of(plan));
    }
}
