package io.relaypay.routing.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Picks the path on which this message costs least at this moment. Costs depend on usage (a quota
 * runs out, a volume tier starts) and health changes by the second, but the graph does not: so the
 * constructor enumerates, once per carrier, every interchange-to-phone path able to reach that
 * carrier, and each decision only checks those candidates (the last hop's reach channel against
 * the channels the phone reported, then capabilities, health and rate limits) and prices them. The
 * channel check is one bit test per candidate, so it lives with the others in {@code Candidate}.
 * Path costs are sums of non-negative edge costs, so pricing every candidate is exact where a
 * shortest-path search would need the capability checks folded into its state.
 */
public final class LeastCostRouter {

    private final RouteGraph graph;
    private final Map<String, Candidate[]> byCarrier = new HashMap<>();
    private final Candidate[] unknownCarrier;

    /** Precomputes the candidate paths of every carrier of {@code graph}. */
    public LeastCostRouter(RouteGraph graph) {
        this.graph = Objects.requireNonNull(graph, "graph");
        List<Path> paths = new ArrayList<>(graph.allPaths());
        // Ties in cost go to the shorter, then alphabetically first path: decisions are reproducible.
        paths.sort(Comparator.comparingInt((Path p) -> p.edges().size()).thenComparing(Path::toString));
        for (String carrier : graph.carriers()) {
            byCarrier.put(carrier, candidates(paths, Optional.of(carrier)));
        }
        unknownCarrier = candidates(paths, Optional.empty());
    }

    /** The graph routed over. */
    public RouteGraph graph() {
        return graph;
    }

    /**
     * The cheapest usable path for {@code request} given live usage and health, with fallbacks.
     *
     * @throws ArithmeticException if a candidate's cost overflows a {@code long} (only cost models
     *     configured near {@link Long#MAX_VALUE} micro-units can do that)
     */
    public RouteDecision route(RouteRequest request, Usage usage, Health health) {
        Optional<String> carrier = graph.numberPlan().carrierOf(request.phoneNumber());
        Candidate[] candidates = carrier.map(byCarrier::get).orElse(unknownCarrier);
        int[] usable = new int[candidates.length];
        long[] costs = new long[candidates.length];
        int count = 0;
        List<Exclusion> excluded = new ArrayList<>();
        for (int i = 0; i < candidates.length; i++) {
            Exclusion exclusion = candidates[i].check(request, usage, health);
            if (exclusion != null) {
                excluded.add(exclusion);
                continue;
            }
            long cost = candidates[i].cost(request, usage);
            // Insertion sort: a carrier has tens of candidates, and it keeps ties in candidate order.
            int at = count++;
            while (at > 0 && costs[at - 1] > cost) {
                costs[at] = costs[at - 1];
                usable[at] = usable[at - 1];
                at--;
            }
            costs[at] = cost;
            usable[at] = i;
        }
        if (count == 0) {
            return new RouteDecision.NoRoute(request, carrier, excluded);
        }
        List<RouteOption> fallbacks = new ArrayList<>(count - 1);
        for (int k = 1; k < count; k++) {
            fallbacks.add(new RouteOption(candidates[usable[k]].path, costs[k]));
        }
        RouteOption chosen = new RouteOption(candidates[usable[0]].path, costs[0]);
        return new RouteDecision.Routed(request, carrier, chosen, fallbacks, excluded);
    }

    /** The paths that can reach {@code carrier}'s subscribers, or any number when it is unknown. */
    private static Candidate[] candidates(List<Path> paths, Optional<String> carrier) {
        List<Candidate> reaching = new ArrayList<>();
        for (Path path : paths) {
            if (reaches(path, carrier)) {
                reaching.add(new Candidate(path));
            }
        }
        return reaching.toArray(Candidate[]::new);
    }

    private static boolean reaches(Path path, Optional<String> carrier) {
        for (Edge edge : path.edges()) {
            CarrierReach reach = edge.capabilities().reach();
            if (!(carrier.isPresent() ? reach.reaches(carrier.get()) : reach.any())) {
                return false;
            }
            if (edge.to() instanceof Node.Carrier network && !carrier.equals(Optional.of(network.name()))) {
                return false;
            }
        }
        return true;
    }
}
