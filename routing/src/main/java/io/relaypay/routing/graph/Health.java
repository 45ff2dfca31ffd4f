package io.relaypay.routing.graph;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which controllers are out of service at the moment of a decision: those whose circuit is open.
 * Half-open controllers stay routable so that trial traffic can close their circuit.
 *
 * @param open the names of controllers whose circuit is open
 */
public record Health(Set<String> open) {

    /** Every controller in service. */
    public static final Health ALL_UP = new Health(Set.of());

    /** Copies the set. */
    public Health {
        open = Set.copyOf(open);
    }

    /** A snapshot of the breakers' states now, by controller name. */
    public static Health of(Map<String, CircuitBreaker> breakers) {
        Set<String> open = new HashSet<>();
        breakers.forEach((controller, breaker) -> {
            if (breaker.state() == CircuitState.OPEN) {
                open.add(controller);
            }
        });
        return new Health(open);
    }

    /** Whether the controller named {@code name} must be skipped. */
    public boolean isOpen(String name) {
        return open.contains(name);
    }
}
