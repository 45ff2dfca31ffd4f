package io.relaypay.routing.decision;

import java.util.Set;

/** Builds each rule type from its fields in rule text; the one place a type name maps to a record. */
final class RuleTypes {

    private RuleTypes() {}

    static Rule build(String type, RuleFields f) {
        String id = f.ruleId();
        return switch (type) {
            case "country-regulation" -> {
                if (!Scope.ANY.equals(f.text("carrier", Scope.ANY))) {
                    throw f.problem("a country regulation applies to a whole country, not a carrier");
                }
                yield new CountryRegulationRule(id, f.text("country"), f.limits(), f.count("minimum-age", 0));
            }
            case "carrier-premium" -> {
                if (!Scope.ANY.equals(f.text("country", Scope.ANY))) {
                    throw f.problem("a carrier rule is scoped by its carrier only");
                }
                yield new CarrierPremiumRule(
                        id,
                        f.text("carrier"),
                        f.text("currency"),
                        f.amounts("price-points"),
                        f.amount("monthly-cap", Limits.NO_CAP));
            }
            case "user-limit" -> new UserLimitRule(id, f.scope(), f.text("user", Scope.ANY), f.limits());
            case "merchant-limit" -> new MerchantLimitRule(id, f.scope(), f.text("merchant", Scope.ANY), f.limits());
            case "merchant-restriction" ->
                new MerchantRestrictionRule(
                        id, f.scope(), set(f, "denied-categories"), set(f, "denied-merchant-countries"));
            case "parental-limit" -> new ParentalLimitRule(id, f.scope());
            case "velocity" ->
                new VelocityRule(
                        id,
                        f.scope(),
                        f.count("max-per-hour", Integer.MAX_VALUE),
                        f.count("max-per-day", Integer.MAX_VALUE));
            case "blocklist" -> new BlocklistRule(id, f.scope(), set(f, "numbers"), set(f, "devices"));
            case "new-number" ->
                new NewNumberRule(id, f.scope(), f.duration("newer-than"), f.confirmation("confirmation"));
            case "failed-pin-lockout" ->
                new FailedPinLockoutRule(id, f.scope(), (int) Math.min(Integer.MAX_VALUE, f.amount("max-failed-pins")));
            case "amount-step-up" ->
                new AmountStepUpRule(
                        id,
                        f.scope(),
                        new Money(f.amount("threshold"), f.text("currency")),
                        f.confirmation("confirmation"));
            default -> throw f.problem("has unknown type " + type);
        };
    }

    private static Set<String> set(RuleFields fields, String field) {
        return Set.copyOf(fields.list(field));
    }
}
