package io.relaypay.messaging.http;

import io.relaypay.messaging.OutboundMessage;
import io.relaypay.messaging.PhoneNumber;
import io.relaypay.messaging.PremiumPrice;
import io.relaypay.messaging.Sender;
import java.time.Duration;
import java.time.Instant;

/** Small builders for the messages the HTTP and email tests send. */
public final class Messages {
    private Messages() {}

    /** A notification from short code 84444 to {@code to}, valid for an hour after {@code now}. */
    public static OutboundMessage.Builder notification(String to, String text, Instant now) {
        return OutboundMessage.to(PhoneNumber.of(to))
                .from(new Sender.ShortCode("84444"))
                .text(text)
                .validUntil(now.plus(Duration.ofHours(1)));
    }

    /** A premium charge of {@code amountMinor} EUR. */
    public static OutboundMessage.Builder premium(String to, long amountMinor, Instant now) {
        return notification(to, "Thanks! " + amountMinor + " cents charged.", now)
                .premium(new PremiumPrice(amountMinor, "EUR"));
    }
}
