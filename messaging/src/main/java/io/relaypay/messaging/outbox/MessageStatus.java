package io.relaypay.messaging.outbox;

import io.relaypay.messaging.OutboundMessage;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the outbox knows about one message now.
 *
 * @param message the message as accepted
 * @param state where it is
 * @param routes the channels to try, in order
 * @param routeIndex the route the current or last attempt used
 * @param attempts hand-overs tried so far, over all routes
 * @param parts the controller ids of submitted parts and their last reported fate
 * @param lastError the last controller or network error, if any
 * @param createdAt when it was accepted
 * @param updatedAt when it last changed
 */
public record MessageStatus(
        OutboundMessage message,
        MessageState state,
        List<String> routes,
        int routeIndex,
        int attempts,
        List<SubmittedPart> parts,
        Optional<String> lastError,
        Instant createdAt,
        Instant updatedAt) {

    /** Keeps immutable copies. */
    public MessageStatus {
        routes = List.copyOf(routes);
        parts = List.copyOf(parts);
    }

    /** The channel of the current or last attempt. */
    public String channel() {
        return routes.get(Math.min(routeIndex, routes.size() - 1));
    }

    /**
     * One submitted part.
     *
     * @param attempt which attempt submitted it
     * @param part its position in the message, from 0
     * @param channel the channel it went through
     * @param controllerMessageId the controller's id
     * @param status the last reported fate ({@code SUBMITTED} until a report comes)
     */
    public record SubmittedPart(int attempt, int part, String channel, String controllerMessageId, String status) {}
}
