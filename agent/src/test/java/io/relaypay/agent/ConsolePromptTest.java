package io.relaypay.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.relaypay.agent.prompt.ConsolePrompt;
import io.relaypay.agent.prompt.PaymentSummary;
import io.relaypay.agent.prompt.PinDecision;
import io.relaypay.agent.prompt.PromptDesk;
import io.relaypay.testkit.TestClock;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The console prompt with its input piped in: it keeps to the request's timeout and to its own prompt's answers. */
class ConsolePromptTest {

    static final PaymentSummary SUMMARY =
            new PaymentSummary("Shop", 1250, "EUR", "order-1", Optional.empty(), "http://shop.test");

    private final Pipe pipe = open();
    private final Writer typed = Channels.newWriter(pipe.sink(), StandardCharsets.UTF_8);
    private final StringWriter screen = new StringWriter();

    @AfterEach
    void closePipe() throws IOException {
        pipe.sink().close();
        pipe.source().close();
    }

    @Test
    void promptThatNobodyAnswersTimesOutWithTheRequest() {
        PromptDesk desk = new PromptDesk(prompt(Clock.systemUTC(), Duration.ZERO), Duration.ofMillis(300));

        long started = System.nanoTime();
        Optional<PinDecision> decision = desk.askPin(SUMMARY);

        assertThat(decision).containsInstanceOf(PinDecision.TimedOut.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        assertThat(screen.toString()).contains("pay 12.50 EUR to Shop").contains("no answer within");
    }

    @Test
    void pinTypedInTimeIsTheAnswer() throws IOException {
        ConsolePrompt prompt = prompt(Clock.systemUTC(), Duration.ZERO);
        type("2580");

        PinDecision decision = prompt.askPin(SUMMARY, Duration.ofSeconds(30));

        assertThat(decision)
                .isInstanceOfSatisfying(
                        PinDecision.Approved.class,
                        approved -> assertThat(approved.pin()).containsExactly('2', '5', '8', '0'));
    }

    @Test
    void pinTypedAfterTheTimeoutIsDroppedAndNotTakenForTheNextPrompt() throws IOException {
        ConsolePrompt prompt = prompt(Clock.systemUTC(), Duration.ZERO);
        assertThat(prompt.askPin(SUMMARY, Duration.ofMillis(200))).isInstanceOf(PinDecision.TimedOut.class);

        type("1111");
        await().atMost(Duration.ofSeconds(10)).until(() -> screen.toString().contains("came too late"));
        type("5678");
        PinDecision next = prompt.askPin(SUMMARY, Duration.ofSeconds(30));

        assertThat(next)
                .isInstanceOfSatisfying(
                        PinDecision.Approved.class,
                        approved -> assertThat(approved.pin()).containsExactly('5', '6', '7', '8'));
    }

    @Test
    void answerCompletedBeforeThePromptIsArmedIsIgnored() throws Exception {
        TestClock clock = new TestClock(Instant.parse("2026-12-07T10:00:00Z"));
        ConsolePrompt prompt = prompt(clock, Duration.ofMillis(1500));
        type("1111");

        CompletableFuture<PinDecision> decision =
                CompletableFuture.supplyAsync(() -> prompt.askPin(SUMMARY, Duration.ofSeconds(30)));
        await().atMost(Duration.ofSeconds(10)).until(() -> screen.toString().contains("was ignored"));
        clock.advance(Duration.ofMillis(1500));
        type("5678");

        assertThat(decision.get(30, TimeUnit.SECONDS))
                .isInstanceOfSatisfying(
                        PinDecision.Approved.class,
                        approved -> assertThat(approved.pin()).containsExactly('5', '6', '7', '8'));
    }

    @Test
    void endOfInputDeclines() throws IOException {
        ConsolePrompt prompt = prompt(Clock.systemUTC(), Duration.ZERO);
        pipe.sink().close();

        assertThat(prompt.askPin(SUMMARY, Duration.ofSeconds(30))).isInstanceOf(PinDecision.Declined.class);
    }

    @Test
    void pairingIsApprovedOnlyByYesInTime() throws IOException {
        ConsolePrompt prompt = prompt(Clock.systemUTC(), Duration.ZERO);

        assertThat(prompt.approvePairing("Game", Duration.ofMillis(200))).isFalse();
        await().atMost(Duration.ofSeconds(10)).until(() -> screen.toString().contains("not paired"));
        type("y");
        await().atMost(Duration.ofSeconds(10)).until(() -> screen.toString().contains("came too late"));
        type("y");

        assertThat(prompt.approvePairing("Game", Duration.ofSeconds(30))).isTrue();
    }

    private ConsolePrompt prompt(Clock clock, Duration armDelay) {
        return new ConsolePrompt(
                ConsolePrompt.piped(Channels.newReader(pipe.source(), StandardCharsets.UTF_8), screen),
                clock,
                armDelay);
    }

    private void type(String line) throws IOException {
        typed.write(line + "\n");
        typed.flush();
    }

    private static Pipe open() {
        try {
            return Pipe.open();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
