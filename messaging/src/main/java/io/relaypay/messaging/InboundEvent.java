package io.relaypay.messaging;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** Something a controller tells us, in one form whatever protocol carried it. */
public sealed interface InboundEvent {

    /** The name of the channel (controller) the event came through. */
    String channel();

    /** When the event was received. */
    Instant receivedAt();

    /**
     * A message a phone sent (mobile originated), already reassembled when it came in parts.
     *
     * @param channel the controller it came through
     * @param from the phone that sent it
     * @param to the short code or number it was sent to
     * @param text the body
     * @param controllerMessageId the controller's id, used to drop redelivered duplicates
     * @param receivedAt when it arrived
     * @param premiumPrice what sending it billed the phone, when it went to a premium short code and
     *     the controller says so
     */
    record MobileOriginated(
            String channel,
            PhoneNumber from,
            String to,
            String text,
            String controllerMessageId,
            Instant receivedAt,
            Optional<PremiumPrice> premiumPrice)
            implements InboundEvent {
        /** Requires every field. */
        public MobileOriginated {
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(controllerMessageId, "controllerMessageId");
            Objects.requireNonNull(receivedAt, "receivedAt");
            Objects.requireNonNull(premiumPrice, "premiumPrice");
        }

        /** An MO that billed nothing. */
        public MobileOriginated(
                String channel,
                PhoneNumber from,
                String to,
                String text,
                String controllerMessageId,
                Instant receivedAt) {
            this(channel, from, to, text, controllerMessageId, receivedAt, Optional.empty());
        }
    }

    /**
     * The fate of a message we submitted.
     *
     * @param channel the controller that reported it
     * @param controllerMessageId the id the controller gave the message on submission, normalised
     * @param status what happened
     * @param errorCode the controller's or network's error code, when it failed
     * @param recipient the phone the message went to, when the report names it
     * @param clientReference the reference we attached on submission, when the controller echoes
     *     it (SMPP {@code user_message_reference}, see {@link MessageId#shortReference()}); it
     *     matches a report to a message whose submission answer was lost
     * @param receivedAt when the report arrived
     */
    record DeliveryReport(
            String channel,
            String controllerMessageId,
            DeliveryStatus status,
            Optional<String> errorCode,
            Optional<PhoneNumber> recipient,
            Optional<String> clientReference,
            Instant receivedAt)
            implements InboundEvent {
        /** Requires every field. */
        public DeliveryReport {
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(controllerMessageId, "controllerMessageId");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(errorCode, "errorCode");
            Objects.requireNonNull(recipient, "recipient");
            Objects.requireNonNull(clientReference, "clientReference");
            Objects.requireNonNull(receivedAt, "receivedAt");
        }
    }
}
