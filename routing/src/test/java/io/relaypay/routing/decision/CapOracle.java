package io.relaypay.routing.decision;

import java.math.BigInteger;

/**
 * Whether a cap rule forbids a payment, worked out independently of the engine: plain arithmetic in
 * {@link BigInteger} so an overflow cannot hide a breach, and scopes matched field by field.
 */
final class CapOracle {

    private CapOracle() {}

    static boolean breaks(Rule rule, PaymentRequest request, DecisionContext context) {
        if (!inScope(rule.scope(), request)) {
            return false;
        }
        return switch (rule) {
            case CountryRegulationRule r -> breaks(r.limits(), request, context.user());
            case CarrierPremiumRule r ->
                request.funding().carrierBilled()
                        && (!r.currency().equals(request.amount().currency())
                                || (request.funding() == FundingMethod.PREMIUM_SMS
                                        && !r.pricePoints()
                                                .contains(request.amount().minor()))
                                || over(context.carrierBilledThisMonth(), request, r.monthlyCap()));
            case UserLimitRule r ->
                (r.userId().equals("*") || r.userId().equals(request.userId()))
                        && breaks(r.limits(), request, context.user());
            case MerchantLimitRule r ->
                (r.merchantId().equals("*")
                                || r.merchantId().equals(request.merchant().id()))
                        && breaks(r.limits(), request, context.merchant());
            case ParentalLimitRule r ->
                context.parental().isPresent()
                        && breaks(context.parental().get().limits(), request, context.user());
            default -> throw new IllegalArgumentException("not a cap rule: " + rule);
        };
    }

    private static boolean inScope(Scope scope, PaymentRequest request) {
        return (scope.country().equals("*")
                        || scope.country().equals(request.phone().country()))
                && (scope.carrier().equals("*")
                        || scope.carrier().equals(request.phone().carrier()));
    }

    private static boolean breaks(Limits limits, PaymentRequest request, Totals totals) {
        return !limits.currency().equals(request.amount().currency())
                || over(0, request, limits.perTransaction())
                || over(totals.day(), request, limits.perDay())
                || over(totals.month(), request, limits.perMonth());
    }

    private static boolean over(long total, PaymentRequest request, long cap) {
        BigInteger after = BigInteger.valueOf(total)
                .add(BigInteger.valueOf(request.amount().minor()));
        return after.compareTo(BigInteger.valueOf(cap)) > 0;
    }
}
