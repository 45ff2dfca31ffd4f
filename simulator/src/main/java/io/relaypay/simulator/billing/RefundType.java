package io.relaypay.simulator.billing;

import java.util.Locale;

/** CAMARA's refund types. */
public enum RefundType {
    /** Everything not refunded yet; no more refunds afterwards. */
    TOTAL,
    /** The amount given in the request. */
    PARTIAL;

    /** The wire name, e.g. {@code partial}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
