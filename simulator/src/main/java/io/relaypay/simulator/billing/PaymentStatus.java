package io.relaypay.simulator.billing;

import java.util.Locale;

/**
 * The states of an operator billing payment, named as CAMARA's Carrier Billing API names them. The
 * simulator answers synchronously, so CAMARA's {@code processing} and {@code denied} never occur: a
 * refused charge creates no payment. Transitions: a one-step payment is created {@code succeeded};
 * a prepared one is created {@code reserved} and then becomes {@code succeeded} (confirm) or {@code
 * cancelled} (cancel, or its reservation expired). Refunds do not change the status.
 */
public enum PaymentStatus {
    /** Prepared: the amount is held against the subscriber's credit and limit, not charged. */
    RESERVED,
    /** Charged to the phone's bill (or its prepaid credit). */
    SUCCEEDED,
    /** A reservation cancelled by the client or by its expiry; nothing was charged. */
    CANCELLED;

    /** The wire name, e.g. {@code succeeded}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
