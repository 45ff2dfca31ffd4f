package io.relaypay.interchange.payments;

import java.util.Objects;
import java.util.Optional;

/**
 * How a paid payment's money came in and what the merchant paid for it, for the payment object the
 * merchant reads (as Stripe's balance transaction shows {@code fee} and {@code net}). The funds
 * module implements it; payments only shows it.
 */
@FunctionalInterface
public interface SettledFundings {

    /** Shows nothing: for tests of the payment object alone. */
    SettledFundings NONE = paymentId -> Optional.empty();

    /** The settled funding of {@code paymentId}; empty until the merchant has been paid. */
    Optional<Settled> of(String paymentId);

    /**
     * A payment's settled funding.
     *
     * @param method the funding method's wire name, e.g. {@code operator-billing}
     * @param fee the merchant's fee in minor units, taken from the merchant's balance
     */
    record Settled(String method, long fee) {
        /** Requires a method and a fee that is not negative. */
        public Settled {
            Objects.requireNonNull(method, "method");
            if (fee < 0) {
                throw new IllegalArgumentException("fee must not be negative");
            }
        }
    }
}
