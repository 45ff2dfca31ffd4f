package io.relaypay.interchange.events;

/**
 * Queues an event for a merchant's webhook (docs/api.md: {@code payment.succeeded},
 * {@code refund.succeeded}…). Must be called inside the transaction that makes the change the event
 * reports, so the event exists if and only if the change does; delivery happens later, at least
 * once, signed, retried for three days.
 */
@FunctionalInterface
public interface MerchantEvents {

    /**
     * Queues an event.
     *
     * @param merchantId the merchant told
     * @param livemode the mode of the object
     * @param type event type, e.g. {@code payment.succeeded}
     * @param object the object as the API shows it (a {@code PaymentView}, a refund view…)
     * @return the event id ({@code evt_…})
     */
    String publish(String merchantId, boolean livemode, String type, Object object);
}
