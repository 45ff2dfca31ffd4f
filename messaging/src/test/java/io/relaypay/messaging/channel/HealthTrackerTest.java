package io.relaypay.messaging.channel;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.testkit.TestClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class HealthTrackerTest {
    private final TestClock clock = TestClock.standing();
    private final HealthTracker tracker = new HealthTracker(clock, Duration.ofMinutes(5), 2);

    @Test
    void countsRecentOutcomesAndConnection() {
        tracker.success();
        tracker.success();
        tracker.failure(true);

        assertThat(tracker.health()).isEqualTo(new ChannelHealth(true, 0, 2, 1));
    }

    @Test
    void unreachableGatewayMeansDisconnected() {
        tracker.success();
        tracker.failure(false);

        assertThat(tracker.health().connected()).isFalse();
    }

    @Test
    void outcomesAgeOutOfTheWindow() {
        tracker.failure(true);
        clock.advance(Duration.ofMinutes(3));
        tracker.success();

        assertThat(tracker.health().recentFailures()).isEqualTo(1);
        clock.advance(Duration.ofMinutes(3));
        assertThat(tracker.health())
                .extracting(ChannelHealth::recentFailures, ChannelHealth::recentSuccesses)
                .containsExactly(0L, 1L);
        clock.advance(Duration.ofMinutes(6));
        assertThat(tracker.health().successPermille()).isEqualTo(1000);
        assertThat(tracker.health().recentSuccesses()).isZero();
    }

    @Test
    void inFlightIsBounded() {
        assertThat(tracker.tryEnter(Duration.ZERO)).isTrue();
        assertThat(tracker.tryEnter(Duration.ZERO)).isTrue();
        assertThat(tracker.health().inFlight()).isEqualTo(2);
        assertThat(tracker.tryEnter(Duration.ZERO)).isFalse();

        tracker.exit();

        assertThat(tracker.tryEnter(Duration.ZERO)).isTrue();
    }
}
