package io.relaypay.routing.decision;

/**
 * One configured rule. The set of kinds is closed so the parser, the engine and the tests know them
 * all; the values (caps, lists, thresholds) are data from a {@link RuleSet}.
 *
 * <p>A rule reports into {@link Findings}; it never allows anything, it can only deny or ask for a
 * stronger confirmation.
 */
public sealed interface Rule
        permits CountryRegulationRule,
                CarrierPremiumRule,
                UserLimitRule,
                MerchantLimitRule,
                MerchantRestrictionRule,
                ParentalLimitRule,
                VelocityRule,
                BlocklistRule,
                NewNumberRule,
                FailedPinLockoutRule,
                AmountStepUpRule {

    /** The configured id, unique within a rule set; named in reasons and log lines. */
    String id();

    /** Which payments this rule looks at. */
    Scope scope();

    /** Reports what this rule finds about a request within its scope. Must not allocate unless it fires. */
    void check(PaymentRequest request, DecisionContext context, Findings findings);
}
