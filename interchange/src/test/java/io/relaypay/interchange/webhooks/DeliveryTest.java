package io.relaypay.interchange.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DeliveryTest {

    static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    static final URI URL = URI.create("https://shop.example/hooks");
    static final StoredEvent EVENT = new StoredEvent("evt_1", "mer_1", false, "payment.canceled", NOW, "{}");
    static final RetrySchedule EXACT = new RetrySchedule(0, new SplittableRandom(1));

    static Delivery queued() {
        return Delivery.queued("whd_1", EVENT, URL, NOW, NOW.plus(RetrySchedule.WINDOW));
    }

    static Delivery sending(Delivery d, Instant at) {
        return d.claimed("node_a", at.plus(Duration.ofMinutes(2)), at);
    }

    @Test
    void newDeliveryIsDueAtOnce() {
        Delivery d = queued();

        assertThat(d.state()).isEqualTo(DeliveryState.PENDING);
        assertThat(d.nextAttemptAt()).isEqualTo(NOW);
        assertThat(d.giveUpAt()).isEqualTo(NOW.plus(Duration.ofDays(3)));
    }

    @Test
    void claimHoldsALease() {
        Delivery d = sending(queued(), NOW);

        assertThat(d.state()).isEqualTo(DeliveryState.SENDING);
        assertThat(d.leaseOwner()).contains("node_a");
        assertThat(d.leaseUntil()).contains(NOW.plus(Duration.ofMinutes(2)));
    }

    @Test
    void twoHundredSomethingDelivers() {
        Delivery d = sending(queued(), NOW).attempted(new SendOutcome.Answered(204, ""), NOW, EXACT);

        assertThat(d.state()).isEqualTo(DeliveryState.DELIVERED);
        assertThat(d.deliveredAt()).contains(NOW);
        assertThat(d.lastStatus()).contains(204);
        assertThat(d.leaseOwner()).isEmpty();
    }

    @Test
    void redirectIsRetriedNotFollowed() {
        Delivery d = sending(queued(), NOW).attempted(new SendOutcome.Answered(301, ""), NOW, EXACT);

        assertThat(d.state()).isEqualTo(DeliveryState.PENDING);
        assertThat(d.nextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(1)));
        assertThat(d.attempts()).isEqualTo(1);
    }

    @Test
    void noAnswerIsRetriedWithTheErrorKept() {
        Delivery d = sending(queued(), NOW).attempted(new SendOutcome.NoAnswer("connection refused"), NOW, EXACT);

        assertThat(d.state()).isEqualTo(DeliveryState.PENDING);
        assertThat(d.lastError()).contains("connection refused");
        assertThat(d.lastStatus()).isEmpty();
    }

    @Test
    void failureWhoseRetryWouldFallInsideTheWindowIsRetried() {
        Instant late = NOW.plus(RetrySchedule.WINDOW).minus(Duration.ofMinutes(2));
        Delivery d = sending(queued(), late).attempted(new SendOutcome.Answered(500, ""), late, EXACT);

        assertThat(d.state()).isEqualTo(DeliveryState.PENDING);
        assertThat(d.nextAttemptAt()).isEqualTo(late.plus(Duration.ofMinutes(1)));
    }

    @Test
    void failureWhoseRetryWouldFallAfterTheWindowIsFinal() {
        Instant late = NOW.plus(RetrySchedule.WINDOW).minus(Duration.ofSeconds(30));
        Delivery d = sending(queued(), late).attempted(new SendOutcome.Answered(500, ""), late, EXACT);

        assertThat(d.state()).isEqualTo(DeliveryState.FAILED);
        assertThat(d.lastStatus()).contains(500);
        assertThat(d.leaseOwner()).isEmpty();
    }

    @Test
    void reclaimedDeliveryIsDueAtOnceAndCountsTheAttempt() {
        Instant later = NOW.plus(Duration.ofMinutes(5));
        Delivery d = sending(queued(), NOW).reclaimed(later);

        assertThat(d.state()).isEqualTo(DeliveryState.PENDING);
        assertThat(d.nextAttemptAt()).isEqualTo(later);
        assertThat(d.attempts()).isEqualTo(1);
        assertThat(d.leaseOwner()).isEmpty();
    }

    @Test
    void reclaimedAfterTheWindowFails() {
        Delivery d = sending(queued(), NOW).reclaimed(NOW.plus(Duration.ofDays(4)));

        assertThat(d.state()).isEqualTo(DeliveryState.FAILED);
    }

    @Test
    void requeuedFailureStartsAFreshWindowToTheNewUrl() {
        Delivery failed = sending(queued(), NOW).reclaimed(NOW.plus(Duration.ofDays(4)));
        Instant later = NOW.plus(Duration.ofDays(5));
        URI moved = URI.create("https://shop.example/new-hooks");

        Delivery d = failed.requeued(moved, later, later.plus(RetrySchedule.WINDOW));

        assertThat(d.state()).isEqualTo(DeliveryState.PENDING);
        assertThat(d.url()).isEqualTo(moved);
        assertThat(d.attempts()).isZero();
        assertThat(d.nextAttemptAt()).isEqualTo(later);
        assertThat(d.giveUpAt()).isEqualTo(later.plus(Duration.ofDays(3)));
    }

    @Test
    void deliveryInFlightCannotBeRequeuedOrClaimedAgain() {
        Delivery d = sending(queued(), NOW);

        assertThatThrownBy(() -> d.requeued(URL, NOW, NOW)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> sending(d, NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void pendingDeliveryCannotRecordAnAttempt() {
        assertThatThrownBy(() -> queued().attempted(new SendOutcome.Answered(200, ""), NOW, EXACT))
                .isInstanceOf(IllegalStateException.class);
    }
}
