package io.relaypay.routing.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A chain of edges from the interchange to the phone.
 *
 * @param edges the hops in order; the first leaves the interchange, the last enters the phone
 */
public record Path(List<Edge> edges) {

    /** Copies the edges and checks that they chain from the interchange to the phone. */
    public Path {
        edges = List.copyOf(edges);
        if (edges.isEmpty()
                || !(edges.get(0).from() instanceof Node.Interchange)
                || !(edges.get(edges.size() - 1).to() instanceof Node.Phone)) {
            throw new IllegalArgumentException("a path leads from the interchange to the phone");
        }
        for (int i = 1; i < edges.size(); i++) {
            if (!edges.get(i - 1).to().equals(edges.get(i).from())) {
                throw new IllegalArgumentException(
                        "edges do not chain at " + edges.get(i).id());
            }
        }
    }

    /** The nodes visited, interchange first and phone last. */
    public List<Node> nodes() {
        List<Node> nodes = new ArrayList<>(edges.size() + 1);
        nodes.add(edges.get(0).from());
        for (Edge edge : edges) {
            nodes.add(edge.to());
        }
        return nodes;
    }

    /** The controllers passed through, in order. */
    public List<Node.Controller> controllers() {
        List<Node.Controller> controllers = new ArrayList<>();
        for (Edge edge : edges) {
            if (edge.to() instanceof Node.Controller controller) {
                controllers.add(controller);
            }
        }
        return controllers;
    }

    /** The carrier network the path enters, empty for paths that bypass carriers (email, agent). */
    public Optional<String> carrier() {
        for (Edge edge : edges) {
            if (edge.to() instanceof Node.Carrier carrier) {
                return Optional.of(carrier.name());
            }
        }
        return Optional.empty();
    }

    /** How the last hop reaches the phone. */
    public ReachChannel channel() {
        return edges.get(edges.size() - 1).channel().orElseThrow();
    }

    /** The path as {@code interchange → agg-1 → smsc-a → carrier:a → phone}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(edges.get(0).from().id());
        for (Edge edge : edges) {
            text.append(" → ").append(edge.to().id());
        }
        return text.toString();
    }
}
