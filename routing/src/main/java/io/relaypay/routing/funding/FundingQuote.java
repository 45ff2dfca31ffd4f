package io.relaypay.routing.funding;

import io.relaypay.routing.planner.Plan;
import java.util.Objects;
import java.util.Optional;

/**
 * What funding the request through one option costs the interchange, part by part, in minor units.
 * The user is credited the gross in full; the carrier share, the processor fee and the message cost
 * are the interchange's.
 *
 * @param option the option quoted
 * @param requested the amount the purchase needs
 * @param grossCharged what the method charges the user (the amount drawn, for the balance)
 * @param carrierShare what the carrier keeps: of the gross for operator billing, of each price
 *     point for premium SMS, each rounded up
 * @param processorFee what the card processor keeps, rounded up
 * @param messageCost the routing cost of the premium messages, rounded up once
 * @param credited what the charge makes available to the user: the gross, never less than the
 *     amount; any surplus stays on the user's balance
 * @param steps charges or messages the user goes through: 1, or the premium plan's messages
 * @param plan the premium schedule, for premium SMS only
 */
public record FundingQuote(
        FundingOption option,
        long requested,
        long grossCharged,
        long carrierShare,
        long processorFee,
        long messageCost,
        long credited,
        int steps,
        Optional<Plan> plan)
        implements Assessment {

    /** Rejects negative parts, a credit below the amount and a plan on anything but premium SMS. */
    public FundingQuote {
        Objects.requireNonNull(option, "option");
        Objects.requireNonNull(plan, "plan");
        if (grossCharged < 0 || carrierShare < 0 || processorFee < 0 || messageCost < 0 || steps < 1) {
            throw new IllegalArgumentException("quote parts must not be negative, and a quote takes a step");
        }
        if (credited < requested) {
            throw new IllegalArgumentException("a quote credits at least the amount: " + credited + " < " + requested);
        }
        if (plan.isPresent() != option instanceof FundingOption.PremiumSms) {
            throw new IllegalArgumentException("a plan comes exactly with premium SMS");
        }
    }

    /**
     * What funding this way costs the interchange: carrier share, processor fee and message cost.
     *
     * @throws ArithmeticException if the sum overflows a {@code long}
     */
    public long accessCost() {
        return Math.addExact(Math.addExact(carrierShare, processorFee), messageCost);
    }

    /** What is credited beyond the amount, left on the user's balance. */
    public long surplus() {
        return credited - requested;
    }

    /** One line: the total, then each part and how it was rounded. */
    public String explain() {
        StringBuilder text = new StringBuilder()
                .append(option.method())
                .append(" cost=")
                .append(accessCost())
                .append(": gross ")
                .append(grossCharged);
        switch (option) {
            case FundingOption.Balance balance ->
                text.append(" from a balance of ").append(balance.availableMinor());
            case FundingOption.OperatorBilling billing ->
                text.append(", carrier share ")
                        .append(carrierShare)
                        .append(" (")
                        .append(billing.carrierShare())
                        .append(", share rounded up)");
            case FundingOption.Card card ->
                text.append(", processor fee ")
                        .append(processorFee)
                        .append(" (")
                        .append(card.processorFee())
                        .append(", share rounded up)");
            case FundingOption.PremiumSms premium ->
                text.append(" in ")
                        .append(steps)
                        .append(" messages over ")
                        .append(plan.orElseThrow().schedule().size())
                        .append(" days, carrier share ")
                        .append(carrierShare)
                        .append(" (rounded up per message), message cost ")
                        .append(messageCost)
                        .append(" (")
                        .append(steps)
                        .append(" x ")
                        .append(premium.messageCostMicros())
                        .append(" micros, rounded up)");
        }
        text.append(", credited ").append(credited);
        if (surplus() > 0) {
            text.append(" (surplus ").append(surplus()).append(" to the balance)");
        }
        return text.toString();
    }
}
