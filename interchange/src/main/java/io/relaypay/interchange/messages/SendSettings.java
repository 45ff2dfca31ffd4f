package io.relaypay.interchange.messages;

import io.relaypay.messaging.Sender;
import java.time.Duration;
import java.util.Objects;

/**
 * How the interchange sends texts.
 *
 * @param sender who messages come from; a short code lets phones reply
 * @param confirmationValidity how long a confirmation message is worth delivering
 * @param noticeValidity how long any other message is worth delivering
 */
public record SendSettings(Sender sender, Duration confirmationValidity, Duration noticeValidity) {

    /** Requires positive validities. */
    public SendSettings {
        Objects.requireNonNull(sender, "sender");
        if (confirmationValidity.isNegative()
                || confirmationValidity.isZero()
                || noticeValidity.isNegative()
                || noticeValidity.isZero()) {
            throw new IllegalArgumentException("message validities must be positive");
        }
    }
}
