package io.relaypay.messaging.smpp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(5));

    @Test
    void delaysDoubleWithJitterBetweenHalfAndAllOfTheStep() {
        var random = new SplittableRandom(1);
        for (int attempt = 0; attempt < 6; attempt++) {
            long step = 100L << attempt;
            for (int i = 0; i < 200; i++) {
                assertThat(backoff.delay(attempt, random).toMillis()).isBetween(step / 2, step);
            }
        }
    }

    @Test
    void delaysNeverExceedTheCap() {
        var random = new SplittableRandom(2);
        for (int attempt = 0; attempt < 200; attempt++) {
            assertThat(backoff.delay(attempt, random)).isLessThanOrEqualTo(Duration.ofSeconds(5));
        }
        assertThat(backoff.delay(1_000, random)).isGreaterThanOrEqualTo(Duration.ofMillis(2_500));
    }
}
