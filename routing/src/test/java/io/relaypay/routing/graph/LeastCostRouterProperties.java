package io.relaypay.routing.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.routing.cost.CostModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The router against brute force: every interchange-to-phone path of a random graph, each checked
 * (its last hop over a channel the phone reported, every hop's capabilities, health and limits) and
 * priced independently of the router's precomputed candidates.
 */
class LeastCostRouterProperties {

    @Property(tries = 2000)
    void neverChoosesAPathDearerThanAnotherValidPath(
            @ForAll long seed,
            @ForAll @IntRange(min = 1, max = 7) int controllers,
            @ForAll @IntRange(min = 1, max = 3) int carriers) {
        RandomRoutes world = RandomRoutes.from(seed, controllers, carriers);
        Map<List<String>, Long> valid = bruteForce(world);

        RouteDecision decision =
                new LeastCostRouter(world.graph()).route(world.request(), world.usage(), world.health());

        switch (decision) {
            case RouteDecision.NoRoute noRoute ->
                assertThat(valid).as(noRoute.explain()).isEmpty();
            case RouteDecision.Routed routed -> {
                assertThat(valid).as(routed.explain()).isNotEmpty();
                long cheapest = valid.values().stream().min(Long::compare).orElseThrow();
                assertThat(routed.chosen().costMicros()).as(routed.explain()).isEqualTo(cheapest);
            }
        }
    }

    @Property(tries = 2000)
    void offersOnlyValidPathsAtTheirTrueCostCheapestFirst(
            @ForAll long seed,
            @ForAll @IntRange(min = 1, max = 7) int controllers,
            @ForAll @IntRange(min = 1, max = 3) int carriers) {
        RandomRoutes world = RandomRoutes.from(seed, controllers, carriers);
        Map<List<String>, Long> valid = bruteForce(world);

        RouteDecision decision =
                new LeastCostRouter(world.graph()).route(world.request(), world.usage(), world.health());

        if (decision instanceof RouteDecision.Routed routed) {
            List<RouteOption> offered = new ArrayList<>();
            offered.add(routed.chosen());
            offered.addAll(routed.fallbacks());
            for (RouteOption option : offered) {
                List<String> ids = ids(option.path().edges());
                assertThat(valid).as(routed.explain()).containsEntry(ids, option.costMicros());
            }
            assertThat(offered).extracting(RouteOption::costMicros).isSorted();
            assertThat(offered).as("every valid path is offered once").hasSize(valid.size());
        }
    }

    @Property(tries = 2000)
    void neverOffersAPathWhoseLastHopUsesAChannelThePhoneDidNotReport(
            @ForAll long seed,
            @ForAll @IntRange(min = 1, max = 7) int controllers,
            @ForAll @IntRange(min = 1, max = 3) int carriers) {
        RandomRoutes world = RandomRoutes.from(seed, controllers, carriers);
        Set<ReachChannel> reported = world.request().reachable();

        RouteDecision decision =
                new LeastCostRouter(world.graph()).route(world.request(), world.usage(), world.health());

        if (decision instanceof RouteDecision.Routed routed) {
            assertThat(routed.chosen().path().channel()).as(routed.explain()).isIn(reported);
            assertThat(routed.fallbacks())
                    .as(routed.explain())
                    .allSatisfy(option -> assertThat(option.path().channel()).isIn(reported));
        }
        for (Exclusion exclusion : decision.excluded()) {
            boolean unreported = !reported.contains(exclusion.path().channel());
            assertThat(exclusion.reason() == Exclusion.Reason.CHANNEL_NOT_REPORTED)
                    .as("%s is excluded for its channel exactly when the phone did not report it", exclusion)
                    .isEqualTo(unreported);
            if (unreported) {
                assertThat(decision.explain()).contains(exclusion.toString());
            }
        }
    }

    /** Every valid path's edge ids and marginal cost, found by plain depth-first search. */
    private static Map<List<String>, Long> bruteForce(RandomRoutes world) {
        Map<List<String>, Long> valid = new HashMap<>();
        Optional<String> carrier =
                world.graph().numberPlan().carrierOf(world.request().phoneNumber());
        dfs(world, carrier, Node.INTERCHANGE, new ArrayList<>(), valid);
        return valid;
    }

    private static void dfs(
            RandomRoutes world, Optional<String> carrier, Node at, List<Edge> prefix, Map<List<String>, Long> valid) {
        for (Edge edge : world.graph().edges()) {
            if (!edge.from().equals(at)
                    || prefix.stream().anyMatch(e -> e.from().equals(edge.to()))) {
                continue;
            }
            prefix.add(edge);
            if (edge.to() instanceof Node.Phone) {
                boolean reported =
                        world.request().reachable().contains(edge.channel().orElseThrow());
                if (reported && prefix.stream().allMatch(e -> usable(world, carrier, e))) {
                    valid.put(ids(prefix), cost(world, prefix));
                }
            } else {
                dfs(world, carrier, edge.to(), prefix, valid);
            }
            prefix.remove(prefix.size() - 1);
        }
    }

    private static boolean usable(RandomRoutes world, Optional<String> carrier, Edge edge) {
        Capabilities can = edge.capabilities();
        RouteRequest request = world.request();
        boolean reaches =
                carrier.map(c -> can.reach().reaches(c)).orElse(can.reach().any());
        boolean rightNetwork =
                !(edge.to() instanceof Node.Carrier network) || carrier.equals(Optional.of(network.name()));
        boolean bills = request.pricePoint().isEmpty()
                || can.billing()
                        .map(b -> b.pricePoints().contains(request.pricePoint().get()))
                        .orElse(false);
        boolean up = !(edge.to() instanceof Node.Controller c)
                || !world.health().open().contains(c.name());
        boolean underLimit =
                can.maxMessagesPerSecond() == 0 || world.usage().lastSecondOf(edge.id()) < can.maxMessagesPerSecond();
        return reaches
                && rightNetwork
                && bills
                && up
                && underLimit
                && can.services().contains(request.service());
    }

    private static long cost(RandomRoutes world, List<Edge> path) {
        long total = 0;
        for (Edge edge : path) {
            CostModel model = edge.cost();
            total += model.marginalCost(world.usage().countersOf(edge.id()));
            if (world.request().pricePoint().isPresent()) {
                total += world.request().pricePoint().get().micros()
                        * edge.capabilities().billing().orElseThrow().sharePermille()
                        / 1000;
            }
        }
        return total;
    }

    private static List<String> ids(List<Edge> edges) {
        return edges.stream().map(Edge::id).toList();
    }
}
