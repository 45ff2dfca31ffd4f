package io.relaypay.interchange.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PayoutSchedulerTest {

    @Test
    void lastEndedDayIsYesterdayInUtc() {
        Period period = PayoutScheduler.lastEnded(Instant.parse("2026-11-23T14:30:00Z"), Duration.ofDays(1));

        assertThat(period)
                .isEqualTo(new Period(Instant.parse("2026-11-22T00:00:00Z"), Instant.parse("2026-11-23T00:00:00Z")));
    }

    @Test
    void atTheBoundaryThePeriodJustEndedIsTheOne() {
        Period period = PayoutScheduler.lastEnded(Instant.parse("2026-11-23T00:00:00Z"), Duration.ofHours(6));

        assertThat(period.end()).isEqualTo(Instant.parse("2026-11-23T00:00:00Z"));
        assertThat(period.start()).isEqualTo(Instant.parse("2026-11-22T18:00:00Z"));
    }
}
