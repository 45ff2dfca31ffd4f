package io.relaypay.messaging;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One message to a phone in the common format every converter reads. A premium price is present
 * exactly when the kind is {@link MessageKind#PREMIUM_CHARGE}.
 *
 * @param id Relaypay's id, the deduplication key
 * @param sender who the message appears to come from
 * @param recipient the phone it goes to
 * @param text the body, any Unicode; converters choose the encoding and split it
 * @param kind why it is sent
 * @param serviceType how it is delivered
 * @param premiumPrice what delivery charges the phone bill, for premium messages
 * @param validUntil after this instant the message is not worth delivering
 * @param correlation ids that tie the message to the business object (payment, deposit, charge)
 * @param subject the one business object the message is about (a payment or deposit id); the
 *     outbox indexes it, so that object's messages are found without a scan (not called a
 *     reference: that is the {@link MessageId#shortReference()} a delivery report echoes)
 */
public record OutboundMessage(
        MessageId id,
        Sender sender,
        PhoneNumber recipient,
        String text,
        MessageKind kind,
        ServiceType serviceType,
        Optional<PremiumPrice> premiumPrice,
        Instant validUntil,
        Map<String, String> correlation,
        Optional<String> subject) {

    /** Longest body accepted: 255 concatenated UCS-2 parts is far beyond any real need. */
    public static final int MAX_TEXT_LENGTH = 4_000;

    /** Longest subject accepted: the width of the outbox's column, far beyond a prefixed id. */
    public static final int MAX_SUBJECT_LENGTH = 64;

    /** Checks every field; an invalid message cannot be built. */
    public OutboundMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(serviceType, "serviceType");
        Objects.requireNonNull(premiumPrice, "premiumPrice");
        Objects.requireNonNull(validUntil, "validUntil");
        correlation = Map.copyOf(Objects.requireNonNull(correlation, "correlation"));
        Objects.requireNonNull(subject, "subject");
        if (text.isEmpty() || text.length() > MAX_TEXT_LENGTH) {
            throw new InvalidMessageException("text must be 1 to " + MAX_TEXT_LENGTH + " characters");
        }
        if ((kind == MessageKind.PREMIUM_CHARGE) != premiumPrice.isPresent()) {
            throw new InvalidMessageException("a premium price is required for, and only for, premium charges");
        }
        if (subject.isPresent() && (subject.get().isBlank() || subject.get().length() > MAX_SUBJECT_LENGTH)) {
            throw new InvalidMessageException("subject must be 1 to " + MAX_SUBJECT_LENGTH + " characters");
        }
    }

    /** True when delivering this message charges the phone bill. */
    public boolean isPremium() {
        return premiumPrice.isPresent();
    }

    /** Starts a message to {@code recipient}; defaults: SMS, notification, valid for one day. */
    public static Builder to(PhoneNumber recipient) {
        return new Builder(recipient);
    }

    /** Builds a message field by field. */
    public static final class Builder {
        private MessageId id = MessageId.newId();
        private Sender sender;
        private final PhoneNumber recipient;
        private String text;
        private MessageKind kind = MessageKind.NOTIFICATION;
        private ServiceType serviceType = ServiceType.SMS;
        private Optional<PremiumPrice> premiumPrice = Optional.empty();
        private Instant validUntil;
        private Map<String, String> correlation = Map.of();
        private Optional<String> subject = Optional.empty();

        private Builder(PhoneNumber recipient) {
            this.recipient = recipient;
        }

        /** Sets the id (e.g. derived from a charge, so a retry reuses it). */
        public Builder id(MessageId id) {
            this.id = id;
            return this;
        }

        /** Sets the sender. */
        public Builder from(Sender sender) {
            this.sender = sender;
            return this;
        }

        /** Sets the body. */
        public Builder text(String text) {
            this.text = text;
            return this;
        }

        /** Marks a confirmation message. */
        public Builder confirmation() {
            this.kind = MessageKind.CONFIRMATION;
            return this;
        }

        /** Marks a premium message charging {@code price} on delivery. */
        public Builder premium(PremiumPrice price) {
            this.kind = MessageKind.PREMIUM_CHARGE;
            this.premiumPrice = Optional.of(price);
            return this;
        }

        /** Sets the service type. */
        public Builder serviceType(ServiceType serviceType) {
            this.serviceType = serviceType;
            return this;
        }

        /** Sets the instant after which delivery is pointless. */
        public Builder validUntil(Instant validUntil) {
            this.validUntil = validUntil;
            return this;
        }

        /** Sets the correlation ids. */
        public Builder correlation(Map<String, String> correlation) {
            this.correlation = correlation;
            return this;
        }

        /** Sets the business object the message is about. */
        public Builder subject(String subject) {
            this.subject = Optional.of(subject);
            return this;
        }

        /** Builds and validates the message; validity defaults to one day from {@code now}. */
        public OutboundMessage build(Instant now) {
            return new OutboundMessage(
                    id,
                    sender,
                    recipient,
                    text,
                    kind,
                    serviceType,
                    premiumPrice,
                    validUntil != null ? validUntil : now.plus(Duration.ofDays(1)),
                    correlation,
                    subject);
        }
    }
}
