package io.relaypay.simulator;

import java.util.Objects;
import java.util.Optional;

/**
 * One subscriber's operator billing settings. They apply to operator billing only: premium messages
 * are charged as before.
 *
 * @param monthlySpendingLimitMinor the phone's own monthly limit; empty = the carrier's
 * @param prepaidCreditMinor the credit of a prepaid phone at start (charges and open reservations
 *     must fit into what is left, refunds return to it); empty = postpaid, charged on the bill
 * @param blocked whether the subscriber barred third-party billing (as Germany's
 *     "Drittanbietersperre"): every charge is refused
 */
public record SubscriberBilling(
        Optional<Long> monthlySpendingLimitMinor, Optional<Long> prepaidCreditMinor, boolean blocked) {

    /** Amounts, when present, are not negative. */
    public SubscriberBilling {
        Objects.requireNonNull(monthlySpendingLimitMinor, "monthlySpendingLimitMinor");
        Objects.requireNonNull(prepaidCreditMinor, "prepaidCreditMinor");
        if (monthlySpendingLimitMinor.orElse(0L) < 0 || prepaidCreditMinor.orElse(0L) < 0) {
            throw new IllegalArgumentException("billing amounts must not be negative");
        }
    }

    /** Postpaid, the carrier's limit, not blocked. */
    public static SubscriberBilling postpaid() {
        return new SubscriberBilling(Optional.empty(), Optional.empty(), false);
    }

    /** Prepaid with this credit, the carrier's limit, not blocked. */
    public static SubscriberBilling prepaid(long creditMinor) {
        return new SubscriberBilling(Optional.empty(), Optional.of(creditMinor), false);
    }

    /** These settings with the phone's own monthly limit. */
    public SubscriberBilling withMonthlyLimit(long limitMinor) {
        return new SubscriberBilling(Optional.of(limitMinor), prepaidCreditMinor, blocked);
    }

    /** These settings with third-party billing barred. */
    public SubscriberBilling asBlocked() {
        return new SubscriberBilling(monthlySpendingLimitMinor, prepaidCreditMinor, true);
    }
}
