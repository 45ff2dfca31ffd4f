package io.relaypay.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The prompt's rules over real sockets: one prompt at a time, so a second payment while the first
 * prompt is open is refused and only the first is charged; and the PIN typed into the prompt never
 * reaches the agent's log, even with every logger at its finest level.
 */
class AgentPromptRulesIT {

    static AgentFixture fixture;

    @BeforeAll
    static void start() throws Exception {
        // Long enough that a held prompt outlasts the test on a loaded machine.
        fixture = new AgentFixture(1000, Duration.ofSeconds(60));
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @BeforeEach
    void payWithPin() throws Exception {
        fixture.answer("pin 1234");
        fixture.interchange.charges.clear();
    }

    @Test
    void secondPaymentWhileThePromptIsOpenIsRefusedAndOnlyTheFirstIsCharged() throws Exception {
        String first = fixture.token().sign();
        String second = fixture.token().sign();
        int shown = fixture.prompt.shown().size();
        fixture.answer("hold");

        try (ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<RawHttp.Response> held = callers.submit(
                    () -> fixture.pagePays(TestMerchant.ORIGIN, first).send());
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> fixture.prompt.shown().size() == shown + 1);

            RawHttp.Response refused = callers.submit(
                            () -> fixture.pagePays(TestMerchant.ORIGIN, second).send())
                    .get(30, TimeUnit.SECONDS);

            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.body()).contains("prompt-busy");
            assertThat(fixture.prompt.shown()).hasSize(shown + 1);
            assertThat(held.isDone()).isFalse();
            assertThat(fixture.interchange.charges).isEmpty();

            fixture.answer("pin 1234");
            RawHttp.Response paid = held.get(30, TimeUnit.SECONDS);

            assertThat(paid.status()).isEqualTo(200);
            assertThat(paid.body()).contains("\"status\":\"succeeded\"");
        }
        assertThat(fixture.interchange.charges).hasSize(1);
        assertThat(fixture.interchange.charges.getFirst().token()).isEqualTo(first);
    }

    @Test
    void pinNeverAppearsInTheAgentsLog() throws Exception {
        String pin = "739146";
        fixture.answer("pin " + pin);
        List<String> log = new CopyOnWriteArrayList<>();
        SimpleFormatter formatter = new SimpleFormatter();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                log.add(formatter.format(record));
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        capture.setLevel(Level.ALL);
        Logger root = Logger.getLogger("");
        Level level = root.getLevel();
        root.setLevel(Level.ALL);
        root.addHandler(capture);
        RawHttp.Response paid;
        RawHttp.Response canceled;
        try {
            paid = fixture.pagePays(TestMerchant.ORIGIN, fixture.token().sign()).send();
            fixture.answer("cancel");
            canceled = fixture.pagePays(TestMerchant.ORIGIN, fixture.token().sign())
                    .send();
        } finally {
            root.removeHandler(capture);
            root.setLevel(level);
        }

        assertThat(paid.status()).isEqualTo(200);
        assertThat(canceled.body()).contains("canceled");
        assertThat(fixture.interchange.pinOf(fixture.interchange.charges.getFirst()))
                .as("the PIN went through the agent, sealed")
                .isEqualTo(pin);
        assertThat(log).anyMatch(line -> line.contains("payment=pay_1 status=succeeded"));
        assertThat(log).noneMatch(line -> line.contains(pin));
    }
}
