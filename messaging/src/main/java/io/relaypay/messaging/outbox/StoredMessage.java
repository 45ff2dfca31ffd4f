package io.relaypay.messaging.outbox;

import io.relaypay.messaging.OutboundMessage;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One outbox row as the dispatcher and the janitor work with it. */
record StoredMessage(
        OutboundMessage message,
        MessageState state,
        List<String> routes,
        int routeIndex,
        int routeAttempts,
        int attempts,
        Optional<String> lastError,
        Instant createdAt,
        Instant updatedAt) {

    String channel() {
        return routes.get(routeIndex);
    }

    boolean hasNextRoute() {
        return routeIndex + 1 < routes.size();
    }
}
