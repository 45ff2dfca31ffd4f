package io.relaypay.routing.graph;

/** The state of a controller's circuit breaker. */
public enum CircuitState {
    /** Healthy: routable. */
    CLOSED,
    /** Failing or bind down: skipped until the cooldown ends. */
    OPEN,
    /** Cooldown over: routable again; the next outcome closes or reopens it. */
    HALF_OPEN
}
