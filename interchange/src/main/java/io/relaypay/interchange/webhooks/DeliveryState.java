package io.relaypay.interchange.webhooks;

import java.util.Locale;

/**
 * Where a webhook delivery stands. {@code PENDING} waits for its next attempt; {@code SENDING} is
 * held by one dispatcher under a lease, which the janitor takes back if the node stops; {@code
 * DELIVERED} and {@code FAILED} are final until an admin asks for a redelivery.
 */
public enum DeliveryState {
    /** Waiting for its next attempt. */
    PENDING,
    /** Claimed by a dispatcher, which is posting it now. */
    SENDING,
    /** The merchant answered 2xx. */
    DELIVERED,
    /** No 2xx within the retry window. */
    FAILED;

    /** The wire value, e.g. {@code pending}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
