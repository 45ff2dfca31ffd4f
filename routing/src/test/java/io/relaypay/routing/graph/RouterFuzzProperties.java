package io.relaypay.routing.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.routing.cost.CostModel;
import io.relaypay.routing.cost.UsageCounters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;

/**
 * Arbitrary graphs and requests, valid or not, fail only in the documented ways: a hop, a graph or a
 * request that cannot exist is an {@link IllegalArgumentException} when built (a graph with too many
 * paths an {@link IllegalStateException}); building a router never fails; routing fails only with an
 * {@link ArithmeticException} when a path's cost overflows a {@code long}; {@code explain()} never
 * fails.
 */
class RouterFuzzProperties {

    private static final List<Long> PRICES = List.of(1L, 1_000_000L, Long.MAX_VALUE);

    @Property(tries = 3_000)
    void anyGraphAndRequestFailOnlyInTheDocumentedWays(@ForAll long seed) {
        Random random = new Random(seed);
        List<Node> nodes = nodes(random);
        RouteGraph.Builder builder = RouteGraph.builder();
        Map<String, UsageCounters> counters = new HashMap<>();
        Map<String, Integer> lastSecond = new HashMap<>();
        if (random.nextInt(3) > 0) {
            backbone(builder, nodes);
        }
        int edges = random.nextInt(24);
        for (int i = 0; i < edges; i++) {
            // Now and then an id used before: the graph must refuse it.
            String id = "e" + (random.nextInt(30) == 0 ? random.nextInt(i + 1) : i);
            Optional<Edge> edge = attempt("edge", () -> edge(random, id, nodes), IllegalArgumentException.class);
            edge.ifPresent(builder::edge);
            counters.put(id, new UsageCounters(random.nextBoolean() ? random.nextInt(100) : Long.MAX_VALUE));
            lastSecond.put(id, random.nextInt(4) - 1);
        }
        builder.numberPlan(numberPlan(random));
        Optional<RouteGraph> graph =
                attempt("graph", builder::build, IllegalArgumentException.class, IllegalStateException.class);
        Optional<RouteRequest> request = attempt("request", () -> request(random), IllegalArgumentException.class);
        if (graph.isEmpty() || request.isEmpty()) {
            return;
        }

        LeastCostRouter router = new LeastCostRouter(graph.get());
        Usage usage = new Usage(counters, lastSecond);
        Health health = new Health(random.nextBoolean() ? Set.of("c0", "c2", "nobody") : Set.of());
        Optional<RouteDecision> decision =
                attempt("route", () -> router.route(request.get(), usage, health), ArithmeticException.class);

        decision.ifPresent(routed -> assertThat(routed.explain()).isNotBlank());
        Statistics.label("decision")
                .collect(decision.map(d -> d.getClass().getSimpleName()).orElse("overflow"));
        // The generator must reach every outcome, or it tests less than it claims.
        Statistics.label("decision").coverage(coverage -> {
            coverage.check("Routed").percentage(p -> p > 5);
            coverage.check("NoRoute").percentage(p -> p > 5);
            coverage.check("overflow").count(n -> n > 0);
        });
    }

    /** A valid path to each carrier's phones, so that most graphs can route something. */
    private static void backbone(RouteGraph.Builder builder, List<Node> nodes) {
        Set<PricePoint> prices = new HashSet<>();
        PRICES.forEach(price -> prices.add(new PricePoint(price)));
        Capabilities sms = Capabilities.carrying(ServiceType.SMS).billing(new Billing(prices, 100));
        builder.edge("b-ix", Node.INTERCHANGE, nodes.get(2), CostModel.flat(10), sms);
        for (Node carrier : nodes.subList(6, nodes.size())) {
            builder.edge("b-" + carrier.id(), nodes.get(2), carrier, CostModel.free(), sms);
            builder.edge("b-" + carrier.id() + "-phone", carrier, Node.PHONE, CostModel.free(), sms);
        }
    }

    /** The value, or empty after one of the {@code allowed} exceptions; any other one fails the test. */
    @SafeVarargs
    private static <T> Optional<T> attempt(
            String step, Supplier<T> action, Class<? extends RuntimeException>... allowed) {
        try {
            return Optional.of(action.get());
        } catch (RuntimeException e) {
            for (Class<? extends RuntimeException> type : allowed) {
                if (type.isInstance(e)) {
                    Statistics.label("refused").collect(step + ": " + type.getSimpleName());
                    return Optional.empty();
                }
            }
            throw new AssertionError(step + " threw an undocumented " + e, e);
        }
    }

    private static List<Node> nodes(Random random) {
        List<Node> nodes = new ArrayList<>(List.of(Node.INTERCHANGE, Node.PHONE));
        ControllerKind[] kinds = ControllerKind.values();
        for (int i = 0; i < 4; i++) {
            nodes.add(new Node.Controller("c" + i, kinds[random.nextInt(kinds.length)]));
        }
        // A carrier named like a controller's id is a different node with another id: both allowed.
        nodes.add(new Node.Carrier("k0"));
        nodes.add(new Node.Carrier("k1"));
        nodes.add(new Node.Carrier("c0"));
        return nodes;
    }

    /** Mostly hops of the shapes a configuration has, so that paths form; one in four anything at all. */
    private static Edge edge(Random random, String id, List<Node> nodes) {
        List<Node> controllers = nodes.subList(2, 6);
        List<Node> carriers = nodes.subList(6, nodes.size());
        int first = random.nextInt(controllers.size());
        Node controller = controllers.get(first);
        Node carrier = carriers.get(random.nextInt(carriers.size()));
        Node from;
        Node to;
        switch (random.nextInt(10)) {
            case 0, 1 -> {
                from = Node.INTERCHANGE;
                to = controller;
            }
            case 2, 3 -> {
                // Only to later controllers, so that most graphs are acyclic.
                from = controller;
                to = first + 1 < controllers.size() ? controllers.get(first + 1) : carrier;
            }
            case 4, 5, 6 -> {
                from = controller;
                to = random.nextBoolean() ? carrier : Node.PHONE;
            }
            case 7, 8 -> {
                from = carrier;
                to = Node.PHONE;
            }
            default -> {
                // Anything at all.
                from = nodes.get(random.nextInt(nodes.size()));
                to = nodes.get(random.nextInt(nodes.size()));
            }
        }
        Set<ServiceType> services = EnumSet.noneOf(ServiceType.class);
        if (random.nextInt(8) > 0) {
            services.add(ServiceType.SMS);
        }
        for (ServiceType service : ServiceType.values()) {
            if (random.nextInt(3) == 0) {
                services.add(service);
            }
        }
        Optional<Billing> billing = random.nextBoolean()
                ? Optional.empty()
                : Optional.of(new Billing(
                        Set.of(new PricePoint(PRICES.get(random.nextInt(PRICES.size())))),
                        random.nextInt(40) == 0 ? 1_001 : random.nextInt(1_001)));
        CarrierReach reach = random.nextInt(3) > 0 ? CarrierReach.ANY : CarrierReach.only("k0", "c0");
        int limit = random.nextInt(40) == 0 ? -1 : random.nextInt(5) == 0 ? 1 + random.nextInt(2) : 0;
        Capabilities capabilities = new Capabilities(services, billing, reach, limit);
        ReachChannel[] channels = ReachChannel.values();
        if (random.nextInt(10) == 0) {
            // A channel where none belongs, or none where one must be: refused unless it happens to fit.
            return new Edge(
                    id,
                    from,
                    to,
                    cost(random),
                    capabilities,
                    random.nextBoolean() ? Optional.of(channels[random.nextInt(channels.length)]) : Optional.empty());
        }
        List<ReachChannel> usable = new ArrayList<>();
        for (ReachChannel channel : channels) {
            if (channel.usableFrom(from) && (channel.bills() || billing.isEmpty())) {
                usable.add(channel);
            }
        }
        return to instanceof Node.Phone && !usable.isEmpty() && random.nextBoolean()
                ? new Edge(id, from, to, cost(random), capabilities, usable.get(random.nextInt(usable.size())))
                : new Edge(id, from, to, cost(random), capabilities);
    }

    /** Mostly ordinary models; now and then one near {@code Long.MAX_VALUE} or one that cannot exist. */
    private static CostModel cost(Random random) {
        long huge = Long.MAX_VALUE - random.nextInt(3);
        return switch (random.nextInt(40)) {
            case 0, 1 -> CostModel.flat(huge);
            case 2, 3 -> CostModel.sum(CostModel.flat(huge), CostModel.flat(random.nextInt(10)));
            case 4, 5 -> CostModel.tiers(0, 40_000, 1 + random.nextInt(100), huge);
            case 6 -> CostModel.tiers(1, 40_000);
            case 7 -> CostModel.subscription(-1, random.nextInt(50_000));
            case 8 -> CostModel.sum();
            case 9, 10, 11, 12, 13, 14 -> CostModel.free();
            default -> CostModel.subscription(random.nextInt(200), random.nextInt(50_000));
        };
    }

    private static NumberPlan numberPlan(Random random) {
        Map<String, String> ranges = new HashMap<>(Map.of("+44", "k0", "+447", "k1"));
        if (random.nextInt(5) == 0) {
            ranges.put("+4477", "unknown-carrier");
        }
        return new NumberPlan(ranges, random.nextBoolean() ? Map.of("+447700900123", "c0") : Map.of());
    }

    private static RouteRequest request(Random random) {
        String number = number(random);
        ServiceType service = random.nextInt(4) > 0
                ? ServiceType.SMS
                : ServiceType.values()[random.nextInt(ServiceType.values().length)];
        MessageKind kind = random.nextInt(3) > 0 ? MessageKind.CONFIRMATION : MessageKind.PREMIUM;
        Optional<PricePoint> price = kind == MessageKind.PREMIUM == (random.nextInt(10) > 0)
                ? Optional.of(new PricePoint(PRICES.get(random.nextInt(PRICES.size()))))
                : Optional.empty();
        Set<ReachChannel> reachable = new HashSet<>();
        for (ReachChannel channel : ReachChannel.values()) {
            if (random.nextInt(8) < (channel == ReachChannel.CELLULAR ? 7 : 3)) {
                reachable.add(channel);
            }
        }
        return new RouteRequest(number, service, price, kind, reachable);
    }

    /** A valid number, a near miss, or any short string at all. */
    private static String number(Random random) {
        List<String> examples = List.of("+447700900123", "+447700900999", "+15551234567", "+4412345", "+0447700900123");
        if (random.nextInt(4) > 0) {
            return examples.get(random.nextInt(examples.size()));
        }
        String alphabet = "+0123456789 -a";
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(18);
        for (int i = 0; i < length; i++) {
            text.append(
                    random.nextInt(10) == 0
                            ? (char) random.nextInt(Character.MAX_VALUE + 1)
                            : alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
