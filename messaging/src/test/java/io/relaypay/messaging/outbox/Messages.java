package io.relaypay.messaging.outbox;

import io.relaypay.messaging.DeliveryStatus;
import io.relaypay.messaging.InboundEvent.DeliveryReport;
import io.relaypay.messaging.MessageId;
import io.relaypay.messaging.OutboundMessage;
import io.relaypay.messaging.PhoneNumber;
import io.relaypay.messaging.PremiumPrice;
import io.relaypay.messaging.Sender;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Small builders for outbox tests. */
final class Messages {
    static final PhoneNumber PHONE = PhoneNumber.of("+4915112345671");

    private Messages() {}

    static OutboundMessage notification(Instant now) {
        return OutboundMessage.to(PHONE)
                .from(new Sender.ShortCode("84444"))
                .text("Your code is 48213")
                .correlation(Map.of("payment", "pay_123"))
                .build(now);
    }

    static OutboundMessage about(String subject, Instant now) {
        return OutboundMessage.to(PHONE)
                .from(new Sender.ShortCode("84444"))
                .text("Your payment was confirmed")
                .subject(subject)
                .build(now);
    }

    static OutboundMessage premium(Instant now) {
        return OutboundMessage.to(PHONE)
                .from(new Sender.ShortCode("84444"))
                .text("You were charged 1.99 EUR")
                .premium(new PremiumPrice(199, "EUR"))
                .build(now);
    }

    static DeliveryReport report(String channel, String controllerId, DeliveryStatus status, Instant now) {
        return new DeliveryReport(
                channel, controllerId, status, Optional.empty(), Optional.empty(), Optional.empty(), now);
    }

    static DeliveryReport reportWithReference(
            String channel, String controllerId, MessageId id, DeliveryStatus status, Instant now) {
        return new DeliveryReport(
                channel,
                controllerId,
                status,
                Optional.empty(),
                Optional.of(PHONE),
                Optional.of(Integer.toString(id.shortReference())),
                now);
    }
}
