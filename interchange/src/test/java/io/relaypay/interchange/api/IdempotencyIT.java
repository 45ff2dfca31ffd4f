package io.relaypay.interchange.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.interchange.idempotency.IdempotencyJanitor;
import io.relaypay.interchange.support.Http;
import io.relaypay.interchange.support.RunningInterchange;
import io.relaypay.interchange.support.RunningInterchange.TestMerchant;
import io.relaypay.testkit.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code Idempotency-Key} on merchant POSTs, over real HTTP. */
class IdempotencyIT {

    static final TestClock clock = new TestClock(Instant.parse("2026-11-23T10:00:00Z"));

    @RegisterExtension
    static final RunningInterchange server = new RunningInterchange().withClock(clock);

    static TestMerchant merchant;

    @BeforeAll
    static void merchant() {
        merchant = server.newMerchant("Idempotent Shop");
    }

    static Map<String, Object> order(String reference, long amount) {
        return Map.of("amount", amount, "currency", "EUR", "reference", reference);
    }

    static Map<String, String> key(String key) {
        return Map.of("Idempotency-Key", key);
    }

    @Test
    void sameKeyAndBodyReplaysTheFirstResponse() {
        Http.Response first = merchant.api().post("/v1/payments", order("o-1", 100), key("k-replay"));
        Http.Response second = merchant.api().post("/v1/payments", order("o-1", 100), key("k-replay"));

        assertThat(second.status()).isEqualTo(201);
        assertThat(second.raw()).isEqualTo(first.raw());
        assertThat(second.headers().firstValue("idempotent-replayed")).contains("true");
        assertThat(merchant.api()
                        .get("/v1/payments?limit=100")
                        .json()
                        .get("data")
                        .findValuesAsString("reference"))
                .containsOnlyOnce("o-1");
    }

    @Test
    void sameKeyWithDifferentBodyIsAConflict() {
        merchant.api().post("/v1/payments", order("o-2", 100), key("k-conflict"));

        Http.Response reused = merchant.api().post("/v1/payments", order("o-2", 200), key("k-conflict"));

        assertThat(reused.status()).isEqualTo(409);
        assertThat(reused.problem()).isEqualTo("idempotency-key-reused");
    }

    @Test
    void keysAreScopedToTheMerchant() {
        TestMerchant another = server.newMerchant("Another");
        Http.Response mine = merchant.api().post("/v1/payments", order("o-3", 100), key("k-shared"));
        Http.Response theirs = another.api().post("/v1/payments", order("o-3", 100), key("k-shared"));

        assertThat(theirs.status()).isEqualTo(201);
        assertThat(theirs.text("id")).isNotEqualTo(mine.text("id"));
    }

    @Test
    void refusalsAreReplayedToo() {
        Http.Response first = merchant.api().post("/v1/payments", order("o-4", -1), key("k-bad"));
        Http.Response again = merchant.api().post("/v1/payments", order("o-4", -1), key("k-bad"));

        assertThat(first.status()).isEqualTo(400);
        assertThat(again.raw()).isEqualTo(first.raw());
    }

    @Test
    void concurrentRequestsWithOneKeyCreateOnePayment() throws Exception {
        int callers = 8;
        List<Callable<Http.Response>> calls = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            calls.add(() -> merchant.api().post("/v1/payments", order("o-race", 100), key("k-race")));
        }
        List<Http.Response> responses = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Future<Http.Response> f : pool.invokeAll(calls)) {
                responses.add(f.get());
            }
        }

        assertThat(responses).allSatisfy(r -> assertThat(r.status()).isIn(201, 409));
        assertThat(responses.stream().filter(r -> r.status() == 409))
                .allSatisfy(r -> assertThat(r.problem()).isEqualTo("idempotency-key-in-use"));
        assertThat(responses.stream()
                        .filter(r -> r.status() == 201)
                        .map(r -> r.text("id"))
                        .distinct())
                .hasSize(1);
        assertThat(merchant.api()
                        .get("/v1/payments?limit=100")
                        .json()
                        .get("data")
                        .findValuesAsString("reference"))
                .containsOnlyOnce("o-race");
    }

    @Test
    void keysAreKeptForADayThenForgotten() {
        String first = merchant.api()
                .post("/v1/payments", order("o-purge", 100), key("k-purge"))
                .text("id");
        clock.advance(Duration.ofHours(23));
        server.bean(IdempotencyJanitor.class).sweep();
        Http.Response withinADay = merchant.api().post("/v1/payments", order("o-purge", 100), key("k-purge"));

        clock.advance(Duration.ofHours(2));
        server.bean(IdempotencyJanitor.class).sweep();
        Http.Response afterADay = merchant.api().post("/v1/payments", order("o-purge", 100), key("k-purge"));

        assertThat(withinADay.text("id")).isEqualTo(first);
        assertThat(afterADay.status()).isEqualTo(201);
        assertThat(afterADay.text("id")).isNotEqualTo(first);
        assertThat(afterADay.headers().firstValue("idempotent-replayed")).isEmpty();
    }

    @Test
    void malformedKeyIsRefused() {
        Http.Response response = merchant.api().post("/v1/payments", order("o-5", 100), key("x".repeat(256)));
        assertThat(response.status()).isEqualTo(400);
    }
}
