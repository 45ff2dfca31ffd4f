package io.relaypay.routing.graph;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What an edge can carry. A path can carry a message only when every edge on it can.
 *
 * @param services the service types carried
 * @param billing the premium billing ability, empty when the edge cannot carry premium messages
 * @param reach the carriers whose subscribers it reaches
 * @param maxMessagesPerSecond the throughput limit; {@code 0} means unlimited
 */
public record Capabilities(
        Set<ServiceType> services, Optional<Billing> billing, CarrierReach reach, int maxMessagesPerSecond) {

    /** Copies the services and checks the limit. */
    public Capabilities {
        // An EnumSet makes the per-hop check in the router a bit test.
        services = services.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(services));
        Objects.requireNonNull(billing, "billing");
        Objects.requireNonNull(reach, "reach");
        if (maxMessagesPerSecond < 0) {
            throw new IllegalArgumentException("maxMessagesPerSecond must not be negative");
        }
    }

    /** Carries the given services to any carrier, no premium, unlimited. */
    public static Capabilities carrying(ServiceType... services) {
        return new Capabilities(Set.of(services), Optional.empty(), CarrierReach.ANY, 0);
    }

    /** A copy that can bill premium messages. */
    public Capabilities billing(Billing premium) {
        return new Capabilities(services, Optional.of(premium), reach, maxMessagesPerSecond);
    }

    /** A copy that reaches only these carriers. */
    public Capabilities reaching(CarrierReach carriers) {
        return new Capabilities(services, billing, carriers, maxMessagesPerSecond);
    }

    /** A copy limited to {@code perSecond} messages a second. */
    public Capabilities limitedTo(int perSecond) {
        return new Capabilities(services, billing, reach, perSecond);
    }

    /** Whether {@code service} is carried. */
    public boolean carries(ServiceType service) {
        return services.contains(service);
    }
}
