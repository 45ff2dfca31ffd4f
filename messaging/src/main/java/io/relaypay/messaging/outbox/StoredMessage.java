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

    /** The same row in another state, attempts unchanged. */
    StoredMessage in(MessageState newState) {
        return new StoredMessage(
                message, newState, routes, routeIndex, routeAttempts, attempts, lastError, createdAt, updatedAt);
    }

    /** The row after a hand-over attempt starts: SENDING, one more attempt on this route and overall. */
    StoredMessage sendingAttempt() {
        return new StoredMessage(
                message,
                MessageState.SENDING,
                routes,
                routeIndex,
                routeAttempts + 1,
                attempts + 1,
                lastError,
                createdAt,
                updatedAt);
    }
}
