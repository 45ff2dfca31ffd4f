package io.relaypay.interchange.routes;

import io.relaypay.routing.cost.CostModel;
import io.relaypay.routing.graph.Billing;
import io.relaypay.routing.graph.Capabilities;
import io.relaypay.routing.graph.CarrierReach;
import io.relaypay.routing.graph.ControllerKind;
import io.relaypay.routing.graph.LeastCostRouter;
import io.relaypay.routing.graph.Node;
import io.relaypay.routing.graph.NumberPlan;
import io.relaypay.routing.graph.PricePoint;
import io.relaypay.routing.graph.RouteGraph;
import io.relaypay.routing.graph.ServiceType;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The configured controllers and carriers as routing's {@link RouteGraph}: for each controller an
 * edge {@code interchange → controller} that carries its cost model, an edge to each carrier it
 * reaches, and each carrier's edge to the phone, which carries the carrier's premium share. Edge ids
 * ({@code smsc-north}, {@code smsc-north>northwind}, {@code northwind>phone}) are what usage
 * counters are kept under. The agent push controller reaches no carrier: its edge {@code
 * interchange → agent-push} is followed by {@code agent-push>phone}, a hop over the enrolled
 * agent's internet link that reaches every number and cannot bill.
 */
public final class RouteNetwork {

    private final RouteGraph graph;
    private final LeastCostRouter router;
    private final Map<String, ControllerSpec> controllers;

    private RouteNetwork(RouteGraph graph, Map<String, ControllerSpec> controllers) {
        this.graph = graph;
        this.router = new LeastCostRouter(graph);
        this.controllers = Map.copyOf(controllers);
    }

    /**
     * Builds the graph.
     *
     * @param carriers the carriers and their number ranges
     * @param ported whole E.164 numbers ported to another carrier than their range says
     * @param controllers the controllers, each reaching configured carriers
     * @throws IllegalArgumentException when a controller names an unknown carrier, two carriers
     *     claim a range, or the graph is otherwise inconsistent
     */
    public static RouteNetwork build(
            List<CarrierSpec> carriers, Map<String, String> ported, List<ControllerSpec> controllers) {
        Map<String, CarrierSpec> byName = new LinkedHashMap<>();
        Map<String, String> ranges = new HashMap<>();
        for (CarrierSpec carrier : carriers) {
            if (byName.putIfAbsent(carrier.name(), carrier) != null) {
                throw new IllegalArgumentException("carrier " + carrier.name() + " is configured twice");
            }
            for (String range : carrier.ranges()) {
                String other = ranges.putIfAbsent(range, carrier.name());
                if (other != null) {
                    throw new IllegalArgumentException(
                            "number range " + range + " belongs to both " + other + " and " + carrier.name());
                }
            }
        }
        ported.forEach((number, carrier) -> requireCarrier(byName, carrier, "ported number " + number));
        RouteGraph.Builder graph = RouteGraph.builder().numberPlan(new NumberPlan(ranges, ported));
        Map<String, ControllerSpec> controllerByName = new LinkedHashMap<>();
        Set<String> carriersUsed = new java.util.LinkedHashSet<>();
        for (ControllerSpec spec : controllers) {
            if (controllerByName.putIfAbsent(spec.name(), spec) != null) {
                throw new IllegalArgumentException("controller " + spec.name() + " is configured twice");
            }
            Node.Controller node = new Node.Controller(spec.name(), spec.kind());
            if (spec.kind() == ControllerKind.AGENT_PUSH) {
                agentPush(graph, spec, node);
                continue;
            }
            List<CarrierSpec> reached = new ArrayList<>();
            for (String carrier : spec.carriers()) {
                reached.add(requireCarrier(byName, carrier, "controller " + spec.name()));
            }
            Capabilities entry = new Capabilities(
                    spec.services(),
                    billing(spec.premium(), reached, spec.premiumSharePermille()),
                    new CarrierReach(false, Set.copyOf(spec.carriers())),
                    spec.maxPerSecond());
            graph.edge(spec.name(), Node.INTERCHANGE, node, spec.cost(), entry);
            for (CarrierSpec carrier : reached) {
                Capabilities hop = new Capabilities(
                        spec.services(),
                        billing(spec.premium(), List.of(carrier), 0),
                        CarrierReach.only(carrier.name()),
                        0);
                graph.edge(
                        spec.name() + ">" + carrier.name(),
                        node,
                        new Node.Carrier(carrier.name()),
                        CostModel.free(),
                        hop);
                carriersUsed.add(carrier.name());
            }
        }
        for (String name : carriersUsed) {
            CarrierSpec carrier = byName.get(name);
            Capabilities last = new Capabilities(
                    EnumSet.allOf(ServiceType.class),
                    billing(!carrier.pricePoints().isEmpty(), List.of(carrier), carrier.sharePermille()),
                    CarrierReach.only(name),
                    0);
            graph.edge(name + ">phone", new Node.Carrier(name), Node.PHONE, CostModel.free(), last);
        }
        return new RouteNetwork(graph.build(), controllerByName);
    }

    /**
     * {@code interchange → agent → phone}: any number, whatever its carrier, since the phone's own
     * agent receives it. The hop into the phone is {@code AGENT_INTERNET} (the kind implies it), so
     * the router takes it only for phones that reported an enrolled agent.
     */
    private static void agentPush(RouteGraph.Builder graph, ControllerSpec spec, Node.Controller node) {
        Capabilities entry = new Capabilities(spec.services(), Optional.empty(), CarrierReach.ANY, spec.maxPerSecond());
        graph.edge(spec.name(), Node.INTERCHANGE, node, spec.cost(), entry);
        Capabilities hop = new Capabilities(spec.services(), Optional.empty(), CarrierReach.ANY, 0);
        graph.edge(spec.name() + ">phone", node, Node.PHONE, CostModel.free(), hop);
    }

    /** The graph. */
    public RouteGraph graph() {
        return graph;
    }

    /** The router over the graph (candidate paths precomputed once). */
    public LeastCostRouter router() {
        return router;
    }

    /** The configured controllers by name. */
    public Map<String, ControllerSpec> controllers() {
        return controllers;
    }

    /** The channel of the controller named {@code controller}. */
    public String channelOf(String controller) {
        ControllerSpec spec = controllers.get(controller);
        if (spec == null) {
            throw new IllegalArgumentException("no controller " + controller);
        }
        return spec.channel();
    }

    /** The carrier serving {@code e164}: a ported number's, else its longest range's. */
    public Optional<String> carrierOf(String e164) {
        return graph.numberPlan().carrierOf(e164);
    }

    private static CarrierSpec requireCarrier(Map<String, CarrierSpec> carriers, String name, String who) {
        CarrierSpec carrier = carriers.get(name);
        if (carrier == null) {
            throw new IllegalArgumentException(
                    who + " names unknown carrier " + name + "; known: " + carriers.keySet());
        }
        return carrier;
    }

    private static Optional<Billing> billing(boolean premium, List<CarrierSpec> carriers, int sharePermille) {
        if (!premium) {
            return Optional.empty();
        }
        Set<PricePoint> points = new java.util.HashSet<>();
        for (CarrierSpec carrier : carriers) {
            long scale = microsPerMinor(carrier.currency());
            carrier.pricePoints().forEach(minor -> points.add(new PricePoint(Math.multiplyExact(minor, scale))));
        }
        return points.isEmpty() ? Optional.empty() : Optional.of(new Billing(points, sharePermille));
    }

    /** Micro-units in one minor unit of {@code currency}: 10,000 for EUR (two decimals). */
    public static long microsPerMinor(String currency) {
        int digits = Currency.getInstance(currency).getDefaultFractionDigits();
        long scale = 1;
        for (int i = Math.max(digits, 0); i < 6; i++) {
            scale *= 10;
        }
        return scale;
    }
}
