package io.relaypay.interchange.refunds;

import io.relaypay.interchange.payments.Payment;

/**
 * Sends a refund on from the buyer's balance, where the merchant's money has just arrived, to the
 * method that funded the payment, where that method can take it back (the phone bill through the
 * carrier's refund API). Where it cannot, the refund stays on the balance. Must be safe to repeat
 * for the same refund: the janitor calls it again while the outcome is unknown.
 */
@FunctionalInterface
public interface RefundForwarding {

    /** Where a refund's money ended up. */
    enum Destination {
        /** The buyer's Relaypay balance. */
        BALANCE,
        /** The method that funded the payment. */
        ORIGINAL_METHOD,
        /** Not known yet (no answer from the carrier); repeat later. */
        UNKNOWN;

        /** The wire value of a known destination, e.g. {@code original_method}. */
        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Forwards {@code refund} of {@code payment}, already on the buyer's balance. */
    Destination forward(Refund refund, Payment payment);

    /** Leaves every refund on the buyer's balance. */
    static RefundForwarding toBalance() {
        return (refund, payment) -> Destination.BALANCE;
    }
}
