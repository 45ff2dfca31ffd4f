package io.relaypay.routing.graph;

import io.relaypay.routing.cost.CostModel;
import java.util.Objects;

/**
 * One hop a message can take, with what it costs and what it can carry.
 *
 * @param id a stable id, unique in the graph, under which usage counters are kept
 * @param from where the hop starts
 * @param to where the hop ends
 * @param cost how the hop charges per message
 * @param capabilities what the hop can carry
 */
public record Edge(String id, Node from, Node to, CostModel cost, Capabilities capabilities) {

    /** Rejects missing parts and hops that lead back into the interchange or out of the phone. */
    public Edge {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(capabilities, "capabilities");
        if (to instanceof Node.Interchange || from instanceof Node.Phone) {
            throw new IllegalArgumentException(
                    "edge " + id + " must lead away from the interchange and into the phone");
        }
        if (from instanceof Node.Carrier && !(to instanceof Node.Phone)) {
            throw new IllegalArgumentException("edge " + id + ": a carrier hands messages to the phone only");
        }
    }
}
