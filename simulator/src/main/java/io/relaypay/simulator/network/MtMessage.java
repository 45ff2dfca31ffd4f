package io.relaypay.simulator.network;

import java.util.Objects;
import java.util.Optional;

/**
 * A mobile-terminated message, complete (parts already joined), ready for a phone.
 *
 * @param sender the sender as presented to the phone
 * @param text the text
 * @param price the premium price, if it is a premium message
 * @param via which entry point took it (SMSC name, "http", "json", "email")
 * @param networkMessageId the id the sender was given (the first part's, for a long message)
 */
public record MtMessage(String sender, String text, Optional<PremiumPrice> price, String via, String networkMessageId) {

    /** Requires every field. */
    public MtMessage {
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(via, "via");
        Objects.requireNonNull(networkMessageId, "networkMessageId");
    }
}
