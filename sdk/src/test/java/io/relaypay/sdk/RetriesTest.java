package io.relaypay.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Failures that are safe to repeat are repeated with the same key, a bounded number of times. */
class RetriesTest {

    private final CannedApiServer api = new CannedApiServer();
    private final RelaypayClient client = api.client();

    @AfterEach
    void close() {
        client.close();
        api.close();
    }

    private Payment create() {
        return client.payments().create(CreatePaymentParams.of(499, "EUR", "order-1"), "order-1");
    }

    @Test
    void aServerErrorIsRetriedWithTheSameIdempotencyKey() {
        api.answerProblem(500, ProblemTypes.INTERNAL, "bug")
                .answerProblem(503, ProblemTypes.INTERNAL, "deploying")
                .answer(201, Fixtures.payment("pay_1", "requires_phone_number"));

        assertThat(create().id()).isEqualTo("pay_1");

        assertThat(api.requests()).hasSize(3).allSatisfy(r -> {
            assertThat(r.header("Idempotency-Key")).isEqualTo("order-1");
            assertThat(r.body()).isEqualTo(api.requests().getFirst().body());
        });
    }

    @Test
    void aGeneratedKeyIsKeptAcrossRetries() {
        api.answerProblem(502, "about:blank", "proxy").answer(201, Fixtures.payment("pay_1", "requires_phone_number"));

        client.payments().create(CreatePaymentParams.of(499, "EUR", "order-1"));

        assertThat(api.requests()).hasSize(2);
        assertThat(api.requests().get(1).header("Idempotency-Key"))
                .isEqualTo(api.requests().get(0).header("Idempotency-Key"));
    }

    @Test
    void retriesStopAfterTheBoundAndTheLastErrorIsRaised() {
        for (int i = 0; i < 5; i++) {
            api.answerProblem(500, ProblemTypes.INTERNAL, "bug " + i);
        }

        ApiException e = catchThrowableOfType(ApiException.class, this::create);

        assertThat(api.requests()).hasSize(1 + RetryPolicy.defaults().maxRetries());
        assertThat(e.detail()).isEqualTo("bug 2");
    }

    @Test
    void waitsGrowExponentiallyWithJitterWithinTheBounds() {
        RetryPolicy policy = new RetryPolicy(3, Duration.ofMillis(100), Duration.ofMillis(300), Duration.ZERO);
        try (RelaypayClient patient = api.client(policy)) {
            for (int i = 0; i < 4; i++) {
                api.answerProblem(500, ProblemTypes.INTERNAL, "bug");
            }

            catchThrowableOfType(
                    ApiException.class, () -> patient.payments().create(CreatePaymentParams.of(1, "EUR", "r"), "k"));
        }

        List<Duration> waits = api.waits();
        assertThat(waits).hasSize(3);
        assertThat(waits.get(0)).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
        assertThat(waits.get(1)).isBetween(Duration.ofMillis(100), Duration.ofMillis(200));
        assertThat(waits.get(2)).isBetween(Duration.ofMillis(150), Duration.ofMillis(300));
    }

    @Test
    void rateLimitedWithRetryAfterWaitsThatLongThenRetries() {
        api.answerRaw(
                        429,
                        Map.of("Retry-After", "2", "Content-Type", "application/problem+json"),
                        "{\"type\":\"https://relaypay.io/problems/rate-limited\",\"status\":429}")
                .answer(201, Fixtures.payment("pay_1", "requires_phone_number"));

        assertThat(create().id()).isEqualTo("pay_1");

        assertThat(api.waits()).containsExactly(Duration.ofSeconds(2));
        assertThat(api.requests()).hasSize(2);
    }

    @Test
    void rateLimitedWithoutRetryAfterIsRaisedAtOnce() {
        api.answerProblem(429, ProblemTypes.RATE_LIMITED, "slow down");

        RateLimitException e = catchThrowableOfType(RateLimitException.class, this::create);

        assertThat(e.retryAfter()).isEmpty();
        assertThat(api.requests()).hasSize(1);
    }

    @Test
    void aRetryAfterLongerThanTheClientWaitsForIsRaisedWithIt() {
        api.answerRaw(429, Map.of("Retry-After", "3600"), "");

        RateLimitException e = catchThrowableOfType(RateLimitException.class, this::create);

        assertThat(e.retryAfter()).contains(Duration.ofHours(1));
        assertThat(api.requests()).hasSize(1);
    }

    @Test
    void aRetryAfterDateIsReadAgainstTheInjectedClock() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
        List<Duration> waits = new CopyOnWriteArrayList<>();
        api.answerRaw(429, Map.of("Retry-After", "Mon, 23 Nov 2026 10:00:07 GMT"), "")
                .answer(201, Fixtures.payment("pay_1", "requires_phone_number"));
        try (RelaypayClient dated = RelaypayClient.builder()
                .baseUrl(api.baseUrl())
                .apiKey("sk_test_abc")
                .clock(clock)
                .sleeper(waits::add)
                .build()) {
            dated.payments().create(CreatePaymentParams.of(1, "EUR", "r"), "k");
        }

        assertThat(waits).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void aKeyStillInUseIsRetried() {
        api.answerProblem(409, ProblemTypes.IDEMPOTENCY_KEY_IN_USE, "first still running")
                .answer(201, Fixtures.payment("pay_1", "requires_phone_number"));

        assertThat(create().id()).isEqualTo("pay_1");
        assertThat(api.requests()).hasSize(2);
    }

    @Test
    void noRetriesWhenThePolicySaysNone() {
        api.answerProblem(500, ProblemTypes.INTERNAL, "bug").answer(201, Fixtures.payment("pay_1", "succeeded"));
        try (RelaypayClient impatient = api.client(RetryPolicy.none())) {
            catchThrowableOfType(ApiException.class, () -> impatient.payments().retrieve("pay_1"));
        }

        assertThat(api.requests()).hasSize(1);
        assertThat(api.waits()).isEmpty();
    }

    @Test
    void anUnreachableServerIsRetriedThenAnApiConnectionException() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        List<Duration> waits = new CopyOnWriteArrayList<>();
        try (RelaypayClient unreachable = RelaypayClient.builder()
                .baseUrl(URI.create("http://127.0.0.1:" + closedPort))
                .apiKey("sk_test_abc")
                .sleeper(waits::add)
                .build()) {

            ApiConnectionException e = catchThrowableOfType(
                    ApiConnectionException.class, () -> unreachable.payments().retrieve("pay_1"));

            assertThat(e.attempts()).isEqualTo(3);
            assertThat(waits).hasSize(2);
        }
    }
}
