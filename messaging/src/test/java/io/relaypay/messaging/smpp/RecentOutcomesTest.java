package io.relaypay.messaging.smpp;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.testkit.TestClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RecentOutcomesTest {

    private final TestClock clock = TestClock.standing();
    private final RecentOutcomes outcomes = new RecentOutcomes(60, clock);

    @Test
    void countsOutcomesOfTheLastMinuteOnly() {
        outcomes.success();
        outcomes.failure();
        clock.advance(Duration.ofSeconds(30));
        outcomes.success();
        assertThat(outcomes.successes()).isEqualTo(2);
        assertThat(outcomes.failures()).isEqualTo(1);

        clock.advance(Duration.ofSeconds(31));
        assertThat(outcomes.successes()).isEqualTo(1);
        assertThat(outcomes.failures()).isZero();
    }

    @Test
    void aReusedBucketStartsFromZero() {
        outcomes.success();
        clock.advance(Duration.ofSeconds(60));
        outcomes.failure();
        assertThat(outcomes.successes()).isZero();
        assertThat(outcomes.failures()).isEqualTo(1);
    }
}
