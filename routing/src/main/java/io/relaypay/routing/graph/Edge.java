package io.relaypay.routing.graph;

import io.relaypay.routing.cost.CostModel;
import java.util.Objects;
import java.util.Optional;

/**
 * One hop a message can take, with what it costs and what it can carry.
 *
 * @param id a stable id, unique in the graph, under which usage counters are kept
 * @param from where the hop starts
 * @param to where the hop ends
 * @param cost how the hop charges per message
 * @param capabilities what the hop can carry
 * @param channel how the hop reaches the phone: present exactly when it ends at the phone
 */
public record Edge(
        String id, Node from, Node to, CostModel cost, Capabilities capabilities, Optional<ReachChannel> channel) {

    /**
     * Rejects missing parts, hops that lead back into the interchange or out of the phone, a
     * channel on a hop that does not reach the phone or one its start cannot use, and billing on a
     * hop into the phone over anything but cellular (an agent or a relay cannot bill).
     */
    public Edge {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(capabilities, "capabilities");
        Objects.requireNonNull(channel, "channel");
        if (to instanceof Node.Interchange || from instanceof Node.Phone) {
            throw new IllegalArgumentException(
                    "edge " + id + " must lead away from the interchange and into the phone");
        }
        if (from instanceof Node.Carrier && !(to instanceof Node.Phone)) {
            throw new IllegalArgumentException("edge " + id + ": a carrier hands messages to the phone only");
        }
        if (to instanceof Node.Phone != channel.isPresent()) {
            throw new IllegalArgumentException(
                    to instanceof Node.Phone
                            ? "edge " + id + " from " + from.id() + " ends at the phone: declare its reach channel"
                            : "edge " + id + " does not reach the phone, so it has no reach channel");
        }
        if (channel.isPresent() && !channel.get().usableFrom(from)) {
            throw new IllegalArgumentException(
                    "edge " + id + ": " + from.id() + " cannot reach the phone over " + channel.get());
        }
        if (channel.isPresent()
                && !channel.get().bills()
                && capabilities.billing().isPresent()) {
            throw new IllegalArgumentException(
                    "edge " + id + ": only cellular bills, so a hop over " + channel.get() + " cannot bill");
        }
    }

    /**
     * A hop whose reach channel, if it ends at the phone, follows from where it starts: cellular
     * from a carrier, an SMSC, an aggregator or operator billing; the agent's internet link from
     * the agent push controller. Relays, email gateways and the interchange itself name theirs with
     * {@link #Edge(String, Node, Node, CostModel, Capabilities, ReachChannel)}.
     */
    public Edge(String id, Node from, Node to, CostModel cost, Capabilities capabilities) {
        this(
                id,
                from,
                to,
                cost,
                capabilities,
                to instanceof Node.Phone ? ReachChannel.impliedFrom(from) : Optional.empty());
    }

    /** A hop into the phone over {@code channel}. */
    public Edge(String id, Node from, Node to, CostModel cost, Capabilities capabilities, ReachChannel channel) {
        this(id, from, to, cost, capabilities, Optional.of(Objects.requireNonNull(channel, "channel")));
    }
}
