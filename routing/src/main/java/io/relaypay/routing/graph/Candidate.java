package io.relaypay.routing.graph;

import java.util.List;

/**
 * A precomputed candidate path, flattened into arrays so that checking and pricing it allocates
 * nothing.
 */
final class Candidate {

    final Path path;
    private final Edge[] edges;
    /** How the last hop reaches the phone. */
    private final ReachChannel channel;
    /** The controller each edge enters, {@code null} where it enters a carrier or the phone. */
    private final String[] controllers;

    Candidate(Path path) {
        this.path = path;
        List<Edge> list = path.edges();
        this.edges = list.toArray(Edge[]::new);
        this.channel = path.channel();
        this.controllers = new String[edges.length];
        for (int i = 0; i < edges.length; i++) {
            if (edges[i].to() instanceof Node.Controller controller) {
                controllers[i] = controller.name();
            }
        }
    }

    /** Why this path cannot carry {@code request} now, or {@code null} when it can. */
    Exclusion check(RouteRequest request, Usage usage, Health health) {
        // First, so that explain() says the phone cannot be reached this way, whatever else fails.
        if (!request.reachable().contains(channel)) {
            return new Exclusion(path, Exclusion.Reason.CHANNEL_NOT_REPORTED, edges[edges.length - 1].id());
        }
        PricePoint price = request.pricePoint().orElse(null);
        for (int i = 0; i < edges.length; i++) {
            Edge edge = edges[i];
            Capabilities capabilities = edge.capabilities();
            if (!capabilities.carries(request.service())) {
                return new Exclusion(path, Exclusion.Reason.SERVICE_NOT_CARRIED, edge.id());
            }
            if (price != null) {
                if (capabilities.billing().isEmpty()) {
                    return new Exclusion(path, Exclusion.Reason.CANNOT_BILL, edge.id());
                }
                if (!capabilities.billing().get().bills(price)) {
                    return new Exclusion(path, Exclusion.Reason.PRICE_POINT_NOT_BILLED, edge.id());
                }
            }
            if (controllers[i] != null && health.isOpen(controllers[i])) {
                return new Exclusion(path, Exclusion.Reason.CIRCUIT_OPEN, controllers[i]);
            }
            int limit = capabilities.maxMessagesPerSecond();
            if (limit > 0 && usage.lastSecondOf(edge.id()) >= limit) {
                return new Exclusion(path, Exclusion.Reason.THROTTLED, edge.id());
            }
        }
        return null;
    }

    /** The marginal cost of {@code request} on this path, premium shares included. */
    long cost(RouteRequest request, Usage usage) {
        PricePoint price = request.pricePoint().orElse(null);
        long total = 0;
        for (Edge edge : edges) {
            total = Math.addExact(total, edge.cost().marginalCost(usage.countersOf(edge.id())));
            if (price != null) {
                total = Math.addExact(
                        total, edge.capabilities().billing().orElseThrow().shareOf(price));
            }
        }
        return total;
    }
}
