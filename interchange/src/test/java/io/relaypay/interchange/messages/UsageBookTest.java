package io.relaypay.interchange.messages;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.testkit.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UsageBookTest {

    final TestClock clock = new TestClock(Instant.parse("2026-05-20T10:00:00Z"));
    final List<Instant> loads = new ArrayList<>();
    final UsageBook book = new UsageBook(
            since -> {
                loads.add(since);
                return Map.of("smsc-north", 40L);
            },
            clock,
            ZoneOffset.UTC,
            Duration.ofSeconds(10));

    @Test
    void monthToDateCountsComeFromTheRecordsSinceTheMonthStarted() {
        assertThat(book.snapshot().countersOf("smsc-north").monthToDate()).isEqualTo(40);
        assertThat(loads).containsExactly(Instant.parse("2026-05-01T00:00:00Z"));
    }

    @Test
    void messagesSentBetweenLoadsAreCountedOnTop() {
        book.snapshot();
        book.sent(List.of("smsc-north", "northwind>phone"));

        assertThat(book.snapshot().countersOf("smsc-north").monthToDate()).isEqualTo(41);
        assertThat(book.snapshot().countersOf("northwind>phone").monthToDate()).isEqualTo(1);
        assertThat(loads).hasSize(1);
    }

    @Test
    void aLoadIsTrustedForTheRefreshIntervalThenReadAgain() {
        book.snapshot();
        book.sent(List.of("smsc-north"));
        clock.advance(Duration.ofSeconds(10));

        assertThat(book.snapshot().countersOf("smsc-north").monthToDate()).isEqualTo(40);
        assertThat(loads).hasSize(2);
    }

    @Test
    void aNewMonthReadsFromItsFirstDay() {
        book.snapshot();
        clock.advance(Duration.ofDays(12));

        book.snapshot();

        assertThat(loads).last().isEqualTo(Instant.parse("2026-06-01T00:00:00Z"));
    }

    @Test
    void theLastSecondHoldsOnlyRecentSends() {
        book.sent(List.of("smsc-north"));
        clock.advance(Duration.ofMillis(500));
        book.sent(List.of("smsc-north"));

        assertThat(book.snapshot().lastSecondOf("smsc-north")).isEqualTo(2);
        clock.advance(Duration.ofMillis(600));
        assertThat(book.snapshot().lastSecondOf("smsc-north")).isEqualTo(1);
        clock.advance(Duration.ofSeconds(1));
        assertThat(book.snapshot().lastSecondOf("smsc-north")).isZero();
    }
}
