package io.relaypay.routing.graph;

import java.util.Objects;

/**
 * A path able to carry the message, with what this message would cost on it.
 *
 * @param path the path
 * @param costMicros the marginal cost of this message on it, premium shares included, in micro-units
 */
public record RouteOption(Path path, long costMicros) {

    /** Rejects a missing path. */
    public RouteOption {
        Objects.requireNonNull(path, "path");
    }
}
