package io.relaypay.interchange.payments;

/**
 * Moves the money of a confirmed payment: holds the buyer's funds (funding the shortfall by
 * operator billing when the balance is short), then posts them to the merchant with fees split
 * off. Idempotent per payment: calling it again for the same payment never moves money twice, so
 * the janitor can safely call it for payments stuck in {@code PROCESSING}.
 */
@FunctionalInterface
public interface PaymentFunding {

    /** Settles the money of {@code payment}, which is {@code PROCESSING}. */
    Outcome settle(Payment payment);

    /** What happened to the money. */
    sealed interface Outcome {
        /** The merchant was paid. */
        record Paid() implements Outcome {}

        /** No money moved (or it was all given back); the payment fails for {@code reason}. */
        record Failed(FailureReason reason, String message) implements Outcome {}

        /** An outside party (carrier billing) has not answered yet; try again later. */
        record Pending(String why) implements Outcome {}
    }
}
