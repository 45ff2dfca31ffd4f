package io.relaypay.interchange.agent;

import java.time.Instant;
import java.util.Objects;

/**
 * A text waiting in an enrolled device's mailbox until the agent fetches it.
 *
 * @param id {@code am_…}, one per device and message
 * @param deviceId the device it is for
 * @param channel the agent-push channel that took it from the outbox
 * @param messageId the outbox message it carries
 * @param deliveryId the id the channel answered the outbox with; the delivery report names it
 * @param text what the agent shows
 * @param createdAt when the channel took it
 */
public record AgentMessage(
        String id,
        String deviceId,
        String channel,
        String messageId,
        String deliveryId,
        String text,
        Instant createdAt) {

    /** Requires every part. */
    public AgentMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(deliveryId, "deliveryId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
