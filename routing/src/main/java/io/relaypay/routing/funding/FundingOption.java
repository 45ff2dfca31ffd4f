package io.relaypay.routing.funding;

import io.relaypay.routing.decision.FundingMethod;
import io.relaypay.routing.planner.Limits;
import io.relaypay.routing.planner.OvershootPolicy;
import io.relaypay.routing.planner.PricePoints;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One way this user can fund a purchase now, with its fee terms and limits. Amounts are minor
 * units of the request's currency.
 */
public sealed interface FundingOption
        permits FundingOption.Balance, FundingOption.OperatorBilling, FundingOption.PremiumSms, FundingOption.Card {

    /** Which method this is. */
    FundingMethod method();

    /**
     * The user's Relaypay balance: free, when it covers the amount.
     *
     * @param availableMinor what the balance holds and may spend, never negative
     */
    record Balance(long availableMinor) implements FundingOption {
        /** Rejects a negative balance. */
        public Balance {
            if (availableMinor < 0) {
                throw new IllegalArgumentException("availableMinor must not be negative: " + availableMinor);
            }
        }

        @Override
        public FundingMethod method() {
            return FundingMethod.BALANCE;
        }
    }

    /**
     * The carrier charges the amount to the phone bill and keeps its share.
     *
     * @param carrierShare what the carrier keeps of the gross
     * @param limits the carrier's limits on the phone bill
     */
    record OperatorBilling(FeeTerms carrierShare, SpendLimits limits) implements FundingOption {
        /** Rejects missing terms. */
        public OperatorBilling {
            Objects.requireNonNull(carrierShare, "carrierShare");
            Objects.requireNonNull(limits, "limits");
        }

        @Override
        public FundingMethod method() {
            return FundingMethod.OPERATOR_BILLING;
        }
    }

    /**
     * Premium-rate SMS at the carrier's fixed price points, planned by the price-point planner.
     *
     * @param pricePoints the price points this user may be billed at, in any order; empty when the
     *     carrier (or the rules) allow none
     * @param carrierShareBps the carrier's share of each price point, in basis points (0..10,000)
     * @param limits the premium limits (per day, per month, left this period)
     * @param policy {@link OvershootPolicy#COVER_AMOUNT} to bill at least the amount and credit the
     *     rest, or {@link OvershootPolicy#NEVER_EXCEED} when only the exact amount will do
     * @param messageCostMicros the routing cost of sending one premium message, in micro-units of
     *     the request's currency, <em>without</em> any share of the price point (that is {@code
     *     carrierShareBps}; a premium {@code RouteOption}'s cost already holds each hop's share)
     */
    record PremiumSms(
            List<Long> pricePoints,
            Map<Long, Integer> carrierShareBps,
            Limits limits,
            OvershootPolicy policy,
            long messageCostMicros)
            implements FundingOption {

        /** Sorts the price points and rejects bad ones, missing shares and a policy that may fall short. */
        public PremiumSms {
            pricePoints = pricePoints.stream().sorted().toList();
            carrierShareBps = Map.copyOf(carrierShareBps);
            Objects.requireNonNull(limits, "limits");
            Objects.requireNonNull(policy, "policy");
            if (policy == OvershootPolicy.CREDIT_REMAINDER) {
                throw new IllegalArgumentException(
                        "CREDIT_REMAINDER may fall short of the amount: fund with COVER_AMOUNT or NEVER_EXCEED");
            }
            if (pricePoints.size() > PricePoints.MAX_PRICE_POINTS) {
                throw new IllegalArgumentException("at most " + PricePoints.MAX_PRICE_POINTS + " price points");
            }
            long previous = 0;
            for (long price : pricePoints) {
                if (price <= previous) {
                    throw new IllegalArgumentException("price points must be positive and distinct: " + pricePoints);
                }
                previous = price;
                Integer share = carrierShareBps.get(price);
                if (share == null || share < 0 || share > 10_000) {
                    throw new IllegalArgumentException("price point " + price + " needs a share within 0..10000 bps");
                }
            }
            if (messageCostMicros < 0) {
                throw new IllegalArgumentException("messageCostMicros must not be negative: " + messageCostMicros);
            }
        }

        /** Price points whose carrier share is the same {@code shareBps}. */
        public static PremiumSms uniform(
                int shareBps, Limits limits, OvershootPolicy policy, long messageCostMicros, long... pricePoints) {
            List<Long> prices = Arrays.stream(pricePoints).boxed().toList();
            Map<Long, Integer> shares = new HashMap<>();
            prices.forEach(price -> shares.put(price, shareBps));
            return new PremiumSms(prices, shares, limits, policy, messageCostMicros);
        }

        @Override
        public FundingMethod method() {
            return FundingMethod.PREMIUM_SMS;
        }
    }

    /**
     * A payment card through a processor, which keeps its fee.
     *
     * @param processorFee what the processor keeps of the gross
     * @param limits the card's limits
     */
    record Card(FeeTerms processorFee, SpendLimits limits) implements FundingOption {
        /** Rejects missing terms. */
        public Card {
            Objects.requireNonNull(processorFee, "processorFee");
            Objects.requireNonNull(limits, "limits");
        }

        @Override
        public FundingMethod method() {
            return FundingMethod.CARD;
        }
    }
}
