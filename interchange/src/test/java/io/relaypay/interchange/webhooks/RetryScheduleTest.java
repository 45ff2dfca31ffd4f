package io.relaypay.interchange.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetryScheduleTest {

    static final Instant EVENT = Instant.parse("2026-01-01T00:00:00Z");
    static final Instant GIVE_UP = EVENT.plus(RetrySchedule.WINDOW);

    @ParameterizedTest
    @CsvSource({"1, PT1M", "2, PT5M", "3, PT30M", "4, PT2H", "5, PT5H", "6, PT10H", "7, PT12H", "8, PT12H", "50, PT12H"
    })
    void delaysGrowThenSettleAtTwelveHours(int failures, Duration expected) {
        assertThat(RetrySchedule.baseDelay(failures)).isEqualTo(expected);
    }

    @Test
    void thereIsNoRetryBeforeTheFirstAttempt() {
        assertThatThrownBy(() -> RetrySchedule.baseDelay(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withoutJitterAFailingDeliveryIsTriedElevenTimesWithinThreeDays() {
        RetrySchedule schedule = new RetrySchedule(0, new SplittableRandom(1));

        List<Instant> attempts = attemptsUntilGivingUp(schedule);

        assertThat(attempts).hasSize(11);
        assertThat(attempts.get(1)).isEqualTo(EVENT.plus(Duration.ofMinutes(1)));
        assertThat(attempts.get(2)).isEqualTo(EVENT.plus(Duration.ofMinutes(6)));
        assertThat(attempts.get(10)).isEqualTo(EVENT.plus(Duration.ofMinutes(65 * 60 + 36)));
        assertThat(attempts).allSatisfy(at -> assertThat(at).isBeforeOrEqualTo(GIVE_UP));
    }

    @Test
    void jitterSpreadsEachDelayWithinTenPercent() {
        RetrySchedule schedule = new RetrySchedule(10, new SplittableRandom(42));
        var seen = new HashSet<Duration>();

        for (int i = 0; i < 2_000; i++) {
            Duration delay = schedule.delay(3);
            assertThat(delay).isBetween(Duration.ofMinutes(27), Duration.ofMinutes(33));
            seen.add(delay);
        }

        assertThat(seen).as("distinct jittered delays").hasSizeGreaterThan(100);
    }

    @Test
    void aRetryThatWouldFallAfterTheWindowMeansGivingUp() {
        RetrySchedule schedule = new RetrySchedule(0, new SplittableRandom(1));

        assertThat(schedule.next(9, GIVE_UP.minus(Duration.ofHours(12)), GIVE_UP))
                .contains(GIVE_UP);
        assertThat(schedule.next(9, GIVE_UP.minus(Duration.ofHours(11)), GIVE_UP))
                .isEmpty();
    }

    @Test
    void jitterIsBounded() {
        assertThatThrownBy(() -> new RetrySchedule(51, new SplittableRandom(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<Instant> attemptsUntilGivingUp(RetrySchedule schedule) {
        List<Instant> attempts = new ArrayList<>(List.of(EVENT));
        Optional<Instant> next;
        while ((next = schedule.next(attempts.size(), attempts.getLast(), GIVE_UP)).isPresent()) {
            attempts.add(next.get());
        }
        return attempts;
    }
}
