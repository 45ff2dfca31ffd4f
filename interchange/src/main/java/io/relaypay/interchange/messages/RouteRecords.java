package io.relaypay.interchange.messages;

import io.relaypay.interchange.routes.PlannedRoute;
import io.relaypay.routing.report.SentRoute;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the routes of messages are kept: the routes planned when a message was accepted, in the
 * order the outbox tries them, and the route each message took when a controller accepted it, with
 * its cost, for reports and usage counters.
 */
public interface RouteRecords {

    /** Stores the routes planned for {@code messageId}, cheapest first. */
    void plan(String messageId, List<PlannedRoute> routes);

    /** The routes planned for {@code messageId}, cheapest first; empty for an unknown message. */
    List<PlannedRoute> planned(String messageId);

    /** The planned route of {@code messageId} through {@code channel}, if one was planned. */
    Optional<PlannedRoute> planned(String messageId, String channel);

    /** Records that a controller accepted {@code messageId} on {@code route} at {@code at}. */
    void sent(String messageId, PlannedRoute route, Instant at);

    /** The routes {@code messageId} took, oldest first (more than one when it was sent again). */
    List<SentRoute> sentRoutes(String messageId);

    /** Every route taken in {@code [from, to)}, for the cost report. */
    List<SentRoute> sentBetween(Instant from, Instant to);

    /** Messages per edge id sent since {@code since}. */
    Map<String, Long> edgeCountsSince(Instant since);
}
