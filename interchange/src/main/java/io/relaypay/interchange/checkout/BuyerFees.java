package io.relaypay.interchange.checkout;

import io.relaypay.interchange.payments.Payment;
import java.util.Optional;

/**
 * The user fee a paid payment cost its buyer on top of its amount, charged with the payment itself
 * (settlement's immediate user fees), so the completion notice can say so. A deferred fee is not
 * one: it is owed and taken by later purchases, and the notice says nothing of it.
 */
@FunctionalInterface
public interface BuyerFees {

    /** No user fees. */
    BuyerFees NONE = payment -> Optional.empty();

    /** The fee in the payment's minor units, if one was charged with {@code payment}. */
    Optional<Long> chargedWith(Payment payment);
}
