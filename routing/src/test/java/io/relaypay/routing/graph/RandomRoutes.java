package io.relaypay.routing.graph;

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

/**
 * Random small routing worlds for the router properties: a DAG, usage, health and a request. Hops
 * into the phone take a random channel their start can use (and cannot bill unless cellular); the
 * request reports a random set of channels, or cellular only.
 */
record RandomRoutes(RouteGraph graph, Usage usage, Health health, RouteRequest request) {

    static final List<PricePoint> PRICES =
            List.of(new PricePoint(1_000_000), new PricePoint(2_000_000), new PricePoint(5_000_000));

    static RandomRoutes from(long seed, int controllers, int carriers) {
        Random random = new Random(seed);
        List<Node.Controller> nodes = new ArrayList<>();
        ControllerKind[] kinds = ControllerKind.values();
        for (int i = 0; i < controllers; i++) {
            nodes.add(new Node.Controller("c" + i, kinds[random.nextInt(kinds.length)]));
        }
        RouteGraph.Builder graph = RouteGraph.builder();
        Map<String, UsageCounters> counters = new HashMap<>();
        Map<String, Integer> lastSecond = new HashMap<>();
        int id = 0;
        for (int i = 0; i < controllers; i++) {
            Node.Controller controller = nodes.get(i);
            if (i == 0 || random.nextInt(3) > 0) {
                id = edge(graph, random, "e" + id, Node.INTERCHANGE, controller, carriers, counters, lastSecond);
            }
            // Controllers only hand on to later controllers: the graph stays acyclic.
            for (int j = i + 1; j < controllers; j++) {
                if (random.nextInt(4) == 0) {
                    id = edge(graph, random, "e" + id, controller, nodes.get(j), carriers, counters, lastSecond);
                }
            }
            for (int c = 0; c < carriers; c++) {
                if (random.nextInt(3) == 0) {
                    id = edge(
                            graph,
                            random,
                            "e" + id,
                            controller,
                            new Node.Carrier("k" + c),
                            carriers,
                            counters,
                            lastSecond);
                }
            }
            if (random.nextInt(4) == 0) {
                id = edge(graph, random, "e" + id, controller, Node.PHONE, carriers, counters, lastSecond);
            }
        }
        for (int c = 0; c < carriers; c++) {
            id = edge(graph, random, "e" + id, new Node.Carrier("k" + c), Node.PHONE, carriers, counters, lastSecond);
        }
        Map<String, String> ranges = new HashMap<>();
        Map<String, String> ported = new HashMap<>();
        for (int c = 0; c < carriers; c++) {
            ranges.put("+44" + (c + 1), "k" + c);
        }
        String number = "+44" + (1 + random.nextInt(carriers + 1)) + "00000" + random.nextInt(10);
        if (random.nextInt(4) == 0) {
            ported.put(number, "k" + random.nextInt(carriers));
        }
        graph.numberPlan(new NumberPlan(ranges, ported));
        Set<String> open = new HashSet<>();
        for (Node.Controller controller : nodes) {
            if (random.nextInt(6) == 0) {
                open.add(controller.name());
            }
        }
        ServiceType[] services = ServiceType.values();
        ServiceType service = services[random.nextInt(2)];
        RouteRequest request = random.nextBoolean()
                ? RouteRequest.premium(number, service, PRICES.get(random.nextInt(PRICES.size())))
                : RouteRequest.of(
                        number, service, random.nextBoolean() ? MessageKind.CONFIRMATION : MessageKind.NOTIFICATION);
        if (random.nextInt(3) > 0) {
            request = request.reachableOver(reported(random));
        }
        return new RandomRoutes(graph.build(), new Usage(counters, lastSecond), new Health(open), request);
    }

    private static int edge(
            RouteGraph.Builder graph,
            Random random,
            String id,
            Node from,
            Node to,
            int carriers,
            Map<String, UsageCounters> counters,
            Map<String, Integer> lastSecond) {
        Set<ServiceType> services = EnumSet.of(ServiceType.SMS);
        if (random.nextInt(4) == 0) {
            services = EnumSet.of(ServiceType.WAP_PUSH);
        } else if (random.nextInt(3) == 0) {
            services.add(ServiceType.WAP_PUSH);
        }
        CarrierReach reach = CarrierReach.ANY;
        if (random.nextBoolean()) {
            Set<String> reached = new HashSet<>();
            for (int c = 0; c < carriers; c++) {
                if (random.nextInt(3) > 0) {
                    reached.add("k" + c);
                }
            }
            reach = new CarrierReach(false, reached);
        }
        Optional<Billing> billing = Optional.empty();
        if (random.nextInt(3) > 0) {
            Set<PricePoint> prices = new HashSet<>();
            for (PricePoint price : PRICES) {
                if (random.nextInt(3) > 0) {
                    prices.add(price);
                }
            }
            billing = Optional.of(new Billing(prices, random.nextInt(500)));
        }
        int limit = random.nextInt(5) == 0 ? 1 + random.nextInt(10) : 0;
        Optional<ReachChannel> channel = Optional.empty();
        if (to instanceof Node.Phone) {
            List<ReachChannel> usable = new ArrayList<>();
            for (ReachChannel candidate : ReachChannel.values()) {
                if (candidate.usableFrom(from)) {
                    usable.add(candidate);
                }
            }
            channel = Optional.of(usable.get(random.nextInt(usable.size())));
            if (!channel.get().bills()) {
                billing = Optional.empty();
            }
        }
        graph.edge(new Edge(id, from, to, cost(random), new Capabilities(services, billing, reach, limit), channel));
        counters.put(id, new UsageCounters(random.nextInt(200)));
        lastSecond.put(id, random.nextInt(12));
        return Integer.parseInt(id.substring(1)) + 1;
    }

    /** What a phone reports: any subset of the channels, possibly none. */
    private static Set<ReachChannel> reported(Random random) {
        Set<ReachChannel> reported = EnumSet.noneOf(ReachChannel.class);
        for (ReachChannel channel : ReachChannel.values()) {
            if (random.nextBoolean()) {
                reported.add(channel);
            }
        }
        return reported;
    }

    private static CostModel cost(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> CostModel.flat(random.nextInt(50_000));
            case 1 -> CostModel.subscription(random.nextInt(200), random.nextInt(50_000));
            case 2 -> CostModel.tiers(0, 40_000, 1 + random.nextInt(100), random.nextInt(40_000));
            case 3 -> CostModel.free();
            default ->
                CostModel.sum(
                        CostModel.flat(random.nextInt(10_000)),
                        CostModel.subscription(random.nextInt(200), random.nextInt(20_000)));
        };
    }
}
