package io.relaypay.interchange.deposits;

import io.relaypay.interchange.messages.PhoneMessage;
import io.relaypay.interchange.messages.RoutedMessageSender;
import io.relaypay.messaging.MessageId;
import io.relaypay.messaging.PremiumPrice;
import io.relaypay.messaging.outbox.MessageStatus;
import io.relaypay.messaging.outbox.Outbox;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * Premium charges through the routed sender and the outbox: the outbox never sends a premium message
 * twice (an unknown hand-over becomes {@code UNRESOLVED}, not a retry), moves to the next billing
 * route when a controller refuses it, and its delivery receipts tell whether the carrier billed it.
 */
public final class OutboxPremiumCharges implements PremiumCharges {

    private final RoutedMessageSender sender;
    private final Outbox outbox;

    /** Charges sent by {@code sender}, looked up in {@code outbox}. */
    public OutboxPremiumCharges(RoutedMessageSender sender, Outbox outbox) {
        this.sender = Objects.requireNonNull(sender, "sender");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
    }

    @Override
    public Optional<String> send(
            String messageId, String phoneNumber, long price, String currency, String text, String correlationId) {
        MessageId id = MessageId.parse(messageId);
        sender.sendPremium(
                new PhoneMessage(phoneNumber, text, PhoneMessage.Purpose.PREMIUM_CHARGE, correlationId),
                id,
                new PremiumPrice(price, currency));
        return outbox.status(id).map(MessageStatus::channel);
    }

    @Override
    public Optional<String> reference(String messageId) {
        // The carrier bills a message under the id of its first part, from the last attempt: earlier
        // attempts were refused or lost, and the outbox never submits a premium message twice.
        return outbox.status(MessageId.parse(messageId))
                .flatMap(s -> s.parts().stream()
                        .filter(p -> p.part() == 0)
                        .max(Comparator.comparingInt(MessageStatus.SubmittedPart::attempt))
                        .map(MessageStatus.SubmittedPart::controllerMessageId));
    }

    @Override
    public Outcome outcome(String messageId) {
        Optional<MessageStatus> status = outbox.status(MessageId.parse(messageId));
        if (status.isEmpty()) {
            return new Outcome.NotAccepted();
        }
        MessageStatus s = status.get();
        String why = s.lastError().orElse(s.state().name().toLowerCase(java.util.Locale.ROOT));
        return switch (s.state()) {
            case DELIVERED -> new Outcome.Billed(s.channel());
            case UNDELIVERED, FAILED, EXPIRED -> new Outcome.Failed(why);
            case UNRESOLVED, UNCONFIRMED -> new Outcome.Unknown(why);
            case QUEUED, CLAIMED, SENDING, UNKNOWN, SUBMITTED -> new Outcome.Pending();
        };
    }
}
