package io.relaypay.messaging;

import java.security.SecureRandom;
import java.util.Objects;
import java.util.UUID;

/**
 * Relaypay's own id for an outbound message; the outbox deduplicates on it, so a premium message
 * with the same id is never submitted twice. Shown as {@code msg_<uuid>}.
 */
public record MessageId(UUID value) {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PREFIX = "msg_";

    /** Requires the UUID. */
    public MessageId {
        Objects.requireNonNull(value, "value");
    }

    /** A new id whose first 48 bits are the current time (UUIDv7), so ids sort by creation. */
    public static MessageId newId() {
        long millis = System.currentTimeMillis();
        long high = (millis << 16) | 0x7000L | (RANDOM.nextInt() & 0x0FFFL);
        long low = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new MessageId(new UUID(high, low));
    }

    /** Parses {@code msg_<uuid>} or a bare UUID. */
    public static MessageId parse(String text) {
        Objects.requireNonNull(text, "text");
        String uuid = text.startsWith(PREFIX) ? text.substring(PREFIX.length()) : text;
        try {
            return new MessageId(UUID.fromString(uuid));
        } catch (IllegalArgumentException e) {
            throw new InvalidMessageException("not a message id: " + text);
        }
    }

    /**
     * A 16-bit reference derived from the id's random bits, sent as SMPP's {@code
     * user_message_reference} (a 2-octet field) and echoed in delivery receipts. Not unique on its
     * own; with the channel and the recipient it tells apart the few messages whose outcome a crash
     * left unknown.
     */
    public int shortReference() {
        return (int) (value.getLeastSignificantBits() & 0xFFFF);
    }

    @Override
    public String toString() {
        return PREFIX + value;
    }
}
