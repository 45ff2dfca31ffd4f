package io.relaypay.routing.graph;

import java.time.Duration;
import java.util.Objects;

/**
 * When a controller's circuit opens and how long it stays open.
 *
 * @param window how far back outcomes count
 * @param minimumOutcomes how many outcomes the window needs before the rate is trusted
 * @param errorPermille the error rate, in thousandths, above which the circuit opens
 * @param cooldown how long an opened circuit stays open before trial traffic
 */
public record BreakerPolicy(Duration window, int minimumOutcomes, int errorPermille, Duration cooldown) {

    /** Checks the bounds. */
    public BreakerPolicy {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(cooldown, "cooldown");
        if (window.toMillis() < CircuitBreaker.BUCKETS) {
            throw new IllegalArgumentException("window too short: " + window);
        }
        if (minimumOutcomes < 1 || errorPermille < 0 || errorPermille >= 1000 || cooldown.isNegative()) {
            throw new IllegalArgumentException("bad breaker policy");
        }
    }
}
