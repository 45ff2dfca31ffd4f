package io.relaypay.interchange.settlement;

import java.util.Comparator;
import java.util.List;

/**
 * Bonus credit on deposits: a user who deposits at least a rule's threshold gets the rule's bonus
 * on top of the full amount (the carrier's share is Relaypay's cost, never the user's). Only the
 * best matching rule applies, so rules do not stack.
 */
public final class Promotions {

    /** No promotion. */
    public static final Promotions NONE = new Promotions(List.of());

    private final List<Rule> rules;

    /**
     * One rule.
     *
     * @param name shown on the user's statement, e.g. {@code welcome-10}
     * @param minimumAmount the smallest deposit it applies to, in minor units
     * @param bonusBasisPoints bonus as 1/100 of a percent of the deposit, rounded down
     * @param bonusFixed fixed bonus in minor units
     */
    public record Rule(String name, long minimumAmount, int bonusBasisPoints, long bonusFixed) {
        /** Rejects negative terms. */
        public Rule {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("a promotion needs a name");
            }
            if (minimumAmount < 0 || bonusBasisPoints < 0 || bonusFixed < 0) {
                throw new IllegalArgumentException("promotion terms must not be negative");
            }
        }

        long bonusOn(long amount) {
            return Math.addExact(Math.multiplyExact(amount, (long) bonusBasisPoints) / 10_000, bonusFixed);
        }
    }

    /**
     * The bonus a deposit earns.
     *
     * @param rule the rule that gave it; empty when none applied
     * @param amount the bonus in minor units, 0 when none applied
     */
    public record Bonus(java.util.Optional<String> rule, long amount) {}

    /** These rules. */
    public Promotions(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The largest bonus any rule gives a deposit of {@code amount}. */
    public Bonus bonusFor(long amount) {
        return rules.stream()
                .filter(r -> amount >= r.minimumAmount())
                .max(Comparator.comparingLong(r -> r.bonusOn(amount)))
                .filter(r -> r.bonusOn(amount) > 0)
                .map(r -> new Bonus(java.util.Optional.of(r.name()), r.bonusOn(amount)))
                .orElse(new Bonus(java.util.Optional.empty(), 0));
    }
}
