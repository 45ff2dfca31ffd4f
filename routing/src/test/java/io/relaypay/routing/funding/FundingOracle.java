package io.relaypay.routing.funding;

import io.relaypay.routing.planner.Plan;
import io.relaypay.routing.planner.PlannedDay;
import io.relaypay.routing.planner.PricePointPlanner;
import io.relaypay.routing.planner.PricePoints;
import java.math.BigInteger;
import java.util.Optional;

/**
 * What each option should cost, worked out independently of the chooser: fees in {@link
 * BigInteger} with an explicit ceiling, feasibility straight from the option's terms. The premium
 * schedule comes from the planner, which has its own properties against brute force.
 */
final class FundingOracle {

    private static final BigInteger BASIS = BigInteger.valueOf(10_000);
    private static final PricePointPlanner PLANNER = new PricePointPlanner();

    private FundingOracle() {}

    /** The access cost of funding {@code request} with {@code option}, empty when it cannot. */
    static Optional<Long> cost(FundingRequest request, FundingOption option) {
        long amount = request.amount().minor();
        return switch (option) {
            case FundingOption.Balance balance ->
                balance.availableMinor() >= amount ? Optional.of(0L) : Optional.empty();
            case FundingOption.OperatorBilling billing ->
                allowed(amount, billing.limits()) ? Optional.of(fee(amount, billing.carrierShare())) : Optional.empty();
            case FundingOption.Card card ->
                allowed(amount, card.limits()) ? Optional.of(fee(amount, card.processorFee())) : Optional.empty();
            case FundingOption.PremiumSms premium -> premium(request, premium);
        };
    }

    private static Optional<Long> premium(FundingRequest request, FundingOption.PremiumSms premium) {
        if (premium.pricePoints().isEmpty()) {
            return Optional.empty();
        }
        Plan plan = PLANNER.plan(
                request.amount(),
                new PricePoints(request.amount().currency(), premium.pricePoints()),
                premium.limits(),
                premium.policy());
        if (plan.total() < request.amount().minor()) {
            return Optional.empty();
        }
        BigInteger total = BigInteger.ZERO;
        for (PlannedDay day : plan.schedule()) {
            for (long price : day.prices()) {
                total = total.add(ceil(
                        BigInteger.valueOf(price)
                                .multiply(BigInteger.valueOf(
                                        premium.carrierShareBps().get(price))),
                        BASIS));
            }
        }
        BigInteger micros =
                BigInteger.valueOf(plan.messages()).multiply(BigInteger.valueOf(premium.messageCostMicros()));
        total = total.add(ceil(micros, BigInteger.valueOf(request.microsPerMinor())));
        return Optional.of(total.longValueExact());
    }

    private static boolean allowed(long amount, SpendLimits limits) {
        return amount <= limits.perTransaction() && amount <= limits.remainingThisPeriod();
    }

    private static long fee(long amount, FeeTerms terms) {
        BigInteger share = ceil(BigInteger.valueOf(amount).multiply(BigInteger.valueOf(terms.basisPoints())), BASIS);
        return share.add(BigInteger.valueOf(terms.fixedMinor())).longValueExact();
    }

    private static BigInteger ceil(BigInteger numerator, BigInteger denominator) {
        BigInteger[] divided = numerator.divideAndRemainder(denominator);
        return divided[1].signum() > 0 ? divided[0].add(BigInteger.ONE) : divided[0];
    }
}
