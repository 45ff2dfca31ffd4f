package io.relaypay.routing.graph;

import io.relaypay.routing.cost.CostModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The configured routes: edges between the interchange, controllers, carriers and the phone, and
 * the number plan that says which carrier serves a number. Immutable and acyclic, so every path
 * from the interchange to the phone is simple and the set of paths is finite.
 */
public final class RouteGraph {

    /** Beyond this many interchange-to-phone paths, enumeration would be a configuration mistake. */
    static final int MAX_PATHS = 100_000;

    private final List<Edge> edges;
    private final NumberPlan numberPlan;
    private final Map<Node, List<Edge>> outgoing;

    private RouteGraph(List<Edge> edges, NumberPlan numberPlan) {
        this.edges = List.copyOf(edges);
        this.numberPlan = Objects.requireNonNull(numberPlan, "numberPlan");
        Map<Node, List<Edge>> out = new LinkedHashMap<>();
        Map<String, Node> nodesById = new HashMap<>();
        Set<String> edgeIds = new HashSet<>();
        for (Edge edge : this.edges) {
            if (!edgeIds.add(edge.id())) {
                throw new IllegalArgumentException("duplicate edge id " + edge.id());
            }
            for (Node node : List.of(edge.from(), edge.to())) {
                Node known = nodesById.putIfAbsent(node.id(), node);
                if (known != null && !known.equals(node)) {
                    throw new IllegalArgumentException("two different nodes share the id " + node.id());
                }
            }
            out.computeIfAbsent(edge.from(), n -> new ArrayList<>()).add(edge);
        }
        out.replaceAll((node, list) -> List.copyOf(list));
        this.outgoing = Map.copyOf(out);
        requireAcyclic();
    }

    /** Starts a graph. */
    public static Builder builder() {
        return new Builder();
    }

    /** Every edge, in configuration order. */
    public List<Edge> edges() {
        return edges;
    }

    /** The number plan. */
    public NumberPlan numberPlan() {
        return numberPlan;
    }

    /** The edges leaving {@code node}. */
    public List<Edge> outgoing(Node node) {
        return outgoing.getOrDefault(node, List.of());
    }

    /** Every carrier the graph or the number plan names. */
    public Set<String> carriers() {
        Set<String> carriers = new HashSet<>(numberPlan.ranges().values());
        carriers.addAll(numberPlan.ported().values());
        for (Edge edge : edges) {
            if (edge.to() instanceof Node.Carrier carrier) {
                carriers.add(carrier.name());
            }
            carriers.addAll(edge.capabilities().reach().carriers());
        }
        return carriers;
    }

    /** Every path from the interchange to the phone, whatever it can carry. */
    public List<Path> allPaths() {
        List<Path> paths = new ArrayList<>();
        walk(Node.INTERCHANGE, new ArrayList<>(), paths);
        return paths;
    }

    private void walk(Node at, List<Edge> prefix, List<Path> paths) {
        for (Edge edge : outgoing(at)) {
            prefix.add(edge);
            if (edge.to() instanceof Node.Phone) {
                if (paths.size() == MAX_PATHS) {
                    throw new IllegalStateException("more than " + MAX_PATHS + " paths: simplify the graph");
                }
                paths.add(new Path(prefix));
            } else {
                walk(edge.to(), prefix, paths);
            }
            prefix.remove(prefix.size() - 1);
        }
    }

    private void requireAcyclic() {
        Set<Node> done = new HashSet<>();
        for (Node start : outgoing.keySet()) {
            visit(start, new HashSet<>(), done);
        }
    }

    private void visit(Node node, Set<Node> onStack, Set<Node> done) {
        if (done.contains(node)) {
            return;
        }
        if (!onStack.add(node)) {
            throw new IllegalArgumentException("the graph has a cycle through " + node.id());
        }
        for (Edge edge : outgoing(node)) {
            visit(edge.to(), onStack, done);
        }
        onStack.remove(node);
        done.add(node);
    }

    /** Collects edges and the number plan. */
    public static final class Builder {
        private final List<Edge> edges = new ArrayList<>();
        private NumberPlan numberPlan = NumberPlan.EMPTY;

        private Builder() {}

        /** Adds an edge. */
        public Builder edge(Edge edge) {
            edges.add(Objects.requireNonNull(edge, "edge"));
            return this;
        }

        /** Adds an edge from its parts; a hop into the phone gets the channel implied by its start. */
        public Builder edge(String id, Node from, Node to, CostModel cost, Capabilities capabilities) {
            return edge(new Edge(id, from, to, cost, capabilities));
        }

        /** Adds a hop into the phone over {@code channel} (a relay, an email gateway's delivery). */
        public Builder edge(
                String id, Node from, Node to, CostModel cost, Capabilities capabilities, ReachChannel channel) {
            return edge(new Edge(id, from, to, cost, capabilities, channel));
        }

        /** Sets the number plan. */
        public Builder numberPlan(NumberPlan plan) {
            this.numberPlan = Objects.requireNonNull(plan, "plan");
            return this;
        }

        /** The graph; rejects duplicate ids and cycles. */
        public RouteGraph build() {
            return new RouteGraph(edges, numberPlan);
        }
    }
}
