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
     */
    BuyerHistory history(Payment payment, String phoneNumber, Windows windows);

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
