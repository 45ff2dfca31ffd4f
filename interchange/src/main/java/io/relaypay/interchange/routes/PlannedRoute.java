package io.relaypay.interchange.routes;

import io.relaypay.routing.graph.Edge;
import io.relaypay.routing.graph.Node;
import io.relaypay.routing.graph.RouteOption;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One route a message may take, as the router priced it when the message was accepted: the channel
 * the outbox hands it to, the path behind that channel and its marginal cost.
 *
 * @param channel the channel of the path's first controller
 * @param controllers the controllers on the path, in order
 * @param carrier the carrier network the path enters; empty for a path that reaches the phone without
 *     one (the enrolled agent)
 * @param edges the ids of the path's edges, for usage counters
 * @param costMicros the marginal cost priced for this message on this path, in micro-units
 * @param path the path as {@code interchange → smsc-north → carrier:northwind → phone}
 */
public record PlannedRoute(
        String channel,
        List<String> controllers,
        Optional<String> carrier,
        List<String> edges,
        long costMicros,
        String path) {

    /** Requires every part. */
    public PlannedRoute {
        Objects.requireNonNull(channel, "channel");
        controllers = List.copyOf(controllers);
        Objects.requireNonNull(carrier, "carrier");
        edges = List.copyOf(edges);
        Objects.requireNonNull(path, "path");
        if (controllers.isEmpty()) {
            throw new IllegalArgumentException("a route passes at least one controller");
        }
    }

    /** The route of {@code option}, handed to {@code channel}. */
    public static PlannedRoute of(RouteOption option, String channel) {
        return new PlannedRoute(
                channel,
                option.path().controllers().stream().map(Node.Controller::name).toList(),
                option.path().carrier(),
                option.path().edges().stream().map(Edge::id).toList(),
                option.costMicros(),
                option.path().toString());
    }

    /** The controller the interchange hands the message to (the one that bills us). */
    public String entryController() {
        return controllers.getFirst();
    }
}
