package io.relaypay.routing.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {

    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2026-11-23T10:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final ManualClock clock = new ManualClock();
    private final BreakerPolicy policy = new BreakerPolicy(Duration.ofSeconds(10), 4, 500, Duration.ofSeconds(30));
    private final CircuitBreaker breaker = new CircuitBreaker(policy, clock);

    @Test
    void opensWhenTheErrorRateExceedsTheThreshold() {
        breaker.recordSuccess();
        breaker.recordFailure();
        breaker.recordFailure();
        assertThat(breaker.state()).as("3 outcomes are below the minimum").isEqualTo(CircuitState.CLOSED);
        breaker.recordFailure();
        assertThat(breaker.state()).isEqualTo(CircuitState.OPEN);
    }

    @Test
    void staysClosedAtTheThreshold() {
        breaker.recordSuccess();
        breaker.recordSuccess();
        breaker.recordFailure();
        breaker.recordFailure();
        assertThat(breaker.state()).isEqualTo(CircuitState.CLOSED);
    }

    @Test
    void failuresOutsideTheWindowAreForgotten() {
        breaker.recordFailure();
        breaker.recordFailure();
        breaker.recordFailure();
        clock.advance(Duration.ofSeconds(11));
        breaker.recordFailure();
        breaker.recordSuccess();
        assertThat(breaker.state()).isEqualTo(CircuitState.CLOSED);
    }

    @Test
    void isHalfOpenAfterTheCooldownThenClosesOnSuccess() {
        tripOpen();
        clock.advance(Duration.ofSeconds(29));
        assertThat(breaker.state()).isEqualTo(CircuitState.OPEN);
        clock.advance(Duration.ofSeconds(1));
        assertThat(breaker.state()).isEqualTo(CircuitState.HALF_OPEN);
        breaker.recordSuccess();
        assertThat(breaker.state()).isEqualTo(CircuitState.CLOSED);
        breaker.recordFailure();
        assertThat(breaker.state()).as("the old failures were cleared").isEqualTo(CircuitState.CLOSED);
    }

    @Test
    void aFailureWhileHalfOpenReopensForAnotherCooldown() {
        tripOpen();
        clock.advance(Duration.ofSeconds(30));
        breaker.recordFailure();
        assertThat(breaker.state()).isEqualTo(CircuitState.OPEN);
        clock.advance(Duration.ofSeconds(30));
        assertThat(breaker.state()).isEqualTo(CircuitState.HALF_OPEN);
    }

    @Test
    void aDownBindKeepsItOpenUntilTheBindIsBack() {
        breaker.bindDown();
        clock.advance(Duration.ofMinutes(10));
        assertThat(breaker.state()).isEqualTo(CircuitState.OPEN);
        breaker.bindUp();
        assertThat(breaker.state()).isEqualTo(CircuitState.HALF_OPEN);
    }

    @Test
    void healthListsOnlyOpenCircuits() {
        tripOpen();
        CircuitBreaker healthy = new CircuitBreaker(policy, clock);
        Health health = Health.of(Map.of("smsc-a", breaker, "smsc-b", healthy));
        assertThat(health.open()).containsExactly("smsc-a");
        clock.advance(Duration.ofSeconds(30));
        assertThat(Health.of(Map.of("smsc-a", breaker)).open())
                .as("half-open is routable")
                .isEmpty();
    }

    private void tripOpen() {
        for (int i = 0; i < 4; i++) {
            breaker.recordFailure();
        }
        assertThat(breaker.state()).isEqualTo(CircuitState.OPEN);
    }
}
