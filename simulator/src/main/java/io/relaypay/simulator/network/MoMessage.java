package io.relaypay.simulator.network;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A mobile-originated message on its way out of the network.
 *
 * @param id network id (decimal), the same on every path it takes
 * @param from the phone's number, E.164 with {@code +}
 * @param to the destination as the subscriber typed it (short code or number)
 * @param text the text
 * @param carrier the sending phone's carrier
 * @param sentAt when the phone sent it
 * @param price what it billed the phone, when it went to a premium short code
 */
public record MoMessage(
        String id, String from, String to, String text, String carrier, Instant sentAt, Optional<PremiumPrice> price) {

    /** Requires every field. */
    public MoMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(carrier, "carrier");
        Objects.requireNonNull(sentAt, "sentAt");
        Objects.requireNonNull(price, "price");
    }

    /** An MO that billed nothing. */
    public MoMessage(String id, String from, String to, String text, String carrier, Instant sentAt) {
        this(id, from, to, text, carrier, sentAt, Optional.empty());
    }
}
