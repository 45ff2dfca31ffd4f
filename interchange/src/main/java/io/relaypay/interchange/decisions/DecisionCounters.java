package io.relaypay.interchange.decisions;

import io.relaypay.interchange.payments.Payment;
import java.time.Instant;

/** Reads the counters decision rules need from the interchange's own tables. */
public interface DecisionCounters {

    /**
     * The history of {@code phoneNumber} and of {@code payment}'s merchant.
     *
     * @param payment the payment decided on (left out of every count)
     * @param phoneNumber the buyer's number, E.164
     * @param windows the period starts
     * @param merchantTotals whether to read the merchant's totals: a sum over all its payments this
     *     month, so only worth it when a rule caps the merchant; {@link
     *     io.relaypay.routing.decision.Totals#NONE} when not
     */
    BuyerHistory history(Payment payment, String phoneNumber, Windows windows, boolean merchantTotals);

    /**
     * Where the counting periods start.
     *
     * @param dayStart start of today in the decision zone
     * @param monthStart start of this month in the decision zone
     * @param hourAgo one hour ago
     * @param dayAgo 24 hours ago
     */
    record Windows(Instant dayStart, Instant monthStart, Instant hourAgo, Instant dayAgo) {}
}
