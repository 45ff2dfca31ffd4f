package io.relaypay.interchange.messages;

import io.relaypay.messaging.PremiumPrice;
import java.time.Instant;
import java.util.Optional;

/**
 * Receives texts phones send to the interchange (MO messages), from any controller. Listeners are
 * asked in turn until one takes the message.
 */
@FunctionalInterface
public interface ReplyListener {

    /**
     * A text from a phone.
     *
     * @param from sender's number in E.164
     * @param to the short code or number it was sent to
     * @param text what the user typed
     * @param channel the controller it came through
     * @param receivedAt when it arrived
     * @param premiumPrice what sending it billed the phone, when it went to a premium short code and
     *     the controller said so
     * @param carrierReference the carrier's own id of the MO, when it gave one (a billed MO names its
     *     bill and remittance line by it)
     */
    record Reply(
            String from,
            String to,
            String text,
            String channel,
            Instant receivedAt,
            Optional<PremiumPrice> premiumPrice,
            Optional<String> carrierReference) {

        /** A reply that billed nothing. */
        public Reply(String from, String to, String text, String channel, Instant receivedAt) {
            this(from, to, text, channel, receivedAt, Optional.empty(), Optional.empty());
        }
    }

    /**
     * Handles a reply; throwing makes the controller redeliver it later.
     *
     * @return whether this listener took the reply
     */
    boolean onReply(Reply reply);
}
