package io.relaypay.simulator;

import java.time.Instant;
import java.util.Objects;

/**
 * One line on a phone's carrier bill: a premium message the phone received.
 *
 * @param amountMinor what the subscriber pays, in minor units
 * @param currency the ISO-4217 currency of the carrier
 * @param at when the message was delivered
 * @param shortCode the sender (the premium service's short code)
 * @param networkMessageId the network's id of the message that was charged
 * @param carrierShareMinor the part of {@code amountMinor} the carrier keeps; the rest is owed to
 *     the service provider
 */
public record Charge(
        long amountMinor,
        String currency,
        Instant at,
        String shortCode,
        String networkMessageId,
        long carrierShareMinor) {

    /** Requires every field; amounts are non-negative and the share is at most the amount. */
    public Charge {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(shortCode, "shortCode");
        Objects.requireNonNull(networkMessageId, "networkMessageId");
        if (amountMinor < 0 || carrierShareMinor < 0 || carrierShareMinor > amountMinor) {
            throw new IllegalArgumentException("bad charge amounts: " + amountMinor + "/" + carrierShareMinor);
        }
    }

    /** What the carrier owes the service provider for this charge. */
    public long providerShareMinor() {
        return amountMinor - carrierShareMinor;
    }
}
