package io.relaypay.interchange.decisions;

import io.relaypay.routing.decision.Totals;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the payments table says about a buyer's number and a merchant, for the rules that need
 * counters. Totals count payments that went through or are approved and waiting for confirmation,
 * net of refunds, in the payment's currency, without the payment being decided.
 *
 * @param buyer the number's totals today and this month
 * @param merchant the merchant's totals today and this month
 * @param attemptsLastHour payments with this number in the last hour
 * @param attemptsLastDay payments with this number in the last 24 hours
 * @param firstSeen when Relaypay first saw the number (user or payment), if ever
 * @param failedPins the user's consecutive failed PIN entries
 */
public record BuyerHistory(
        Totals buyer,
        Totals merchant,
        int attemptsLastHour,
        int attemptsLastDay,
        Optional<Instant> firstSeen,
        int failedPins) {

    /** Requires every part. */
    public BuyerHistory {
        Objects.requireNonNull(buyer, "buyer");
        Objects.requireNonNull(merchant, "merchant");
        Objects.requireNonNull(firstSeen, "firstSeen");
    }
}
