package io.relaypay.routing.graph;

import java.util.Set;

/**
 * Which carriers' subscribers an edge can reach. The carrier of a number comes from the
 * {@link NumberPlan} (number ranges plus ported numbers); this names the carriers, so one edge
 * follows a number when it is ported.
 *
 * @param any whether the edge reaches every number whatever its carrier (email, the phone's agent)
 * @param carriers the carriers reached when not {@code any}
 */
public record CarrierReach(boolean any, Set<String> carriers) {

    /** Reaches every number. */
    public static final CarrierReach ANY = new CarrierReach(true, Set.of());

    /** Copies the carriers. */
    public CarrierReach {
        carriers = Set.copyOf(carriers);
    }

    /** Reaches only the named carriers' subscribers. */
    public static CarrierReach only(String... carriers) {
        return new CarrierReach(false, Set.of(carriers));
    }

    /** Whether a subscriber of {@code carrier} is reachable. */
    public boolean reaches(String carrier) {
        return any || carriers.contains(carrier);
    }
}
