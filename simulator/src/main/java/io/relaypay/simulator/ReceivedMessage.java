package io.relaypay.simulator;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A message as a virtual phone received it: concatenated parts already joined into one text.
 *
 * @param sender the sender as the network presented it (short code, number or alphanumeric)
 * @param text the decoded text
 * @param premiumPriceMinor the premium price charged for it in minor units, if it was premium
 * @param currency the premium price's ISO-4217 currency, if it was premium
 * @param receivedAt when the phone received it (the last part, for a concatenated message)
 * @param via how it arrived: an SMSC name, {@code "http"} (Kannel gateway), {@code "json"}
 *     (JSON aggregator API) or {@code "email"}
 * @param networkMessageId the id the network gave the sender (first part's id for a long message)
 */
public record ReceivedMessage(
        String sender,
        String text,
        Optional<Long> premiumPriceMinor,
        Optional<String> currency,
        Instant receivedAt,
        String via,
        String networkMessageId) {

    /** Requires every field; premium price and currency are both present or both absent. */
    public ReceivedMessage {
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(premiumPriceMinor, "premiumPriceMinor");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(via, "via");
        Objects.requireNonNull(networkMessageId, "networkMessageId");
        if (premiumPriceMinor.isPresent() != currency.isPresent()) {
            throw new IllegalArgumentException("premium price and currency go together");
        }
    }

    /** Whether the message was billed to the phone. */
    public boolean premium() {
        return premiumPriceMinor.isPresent();
    }
}
