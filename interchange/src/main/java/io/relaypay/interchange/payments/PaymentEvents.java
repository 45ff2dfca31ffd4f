package io.relaypay.interchange.payments;

/**
 * Tells the merchant what happened to a payment (webhooks). Called inside the transaction that
 * changes the payment, so the event is stored if and only if the change is.
 */
@FunctionalInterface
public interface PaymentEvents {

    /** Records that {@code payment} reached its current status. */
    void changed(Payment payment);
}
