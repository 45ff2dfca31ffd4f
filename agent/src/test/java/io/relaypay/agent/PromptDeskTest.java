package io.relaypay.agent;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.agent.prompt.PaymentSummary;
import io.relaypay.agent.prompt.PinDecision;
import io.relaypay.agent.prompt.Prompt;
import io.relaypay.agent.prompt.PromptDesk;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PromptDeskTest {

    static final PaymentSummary SUMMARY =
            new PaymentSummary("Shop", 1250, "EUR", "order-1", Optional.empty(), "http://shop.test");

    @Test
    void secondPromptWhileOneIsOpenIsRefusedAtOnce() throws Exception {
        CountDownLatch open = new CountDownLatch(1);
        CountDownLatch decide = new CountDownLatch(1);
        PromptDesk desk = new PromptDesk(new HeldPrompt(open, decide), Duration.ofSeconds(5));
        Thread first = Thread.startVirtualThread(() -> desk.askPin(SUMMARY));
        assertThat(open.await(5, TimeUnit.SECONDS)).isTrue();

        assertThat(desk.askPin(SUMMARY)).isEmpty();
        assertThat(desk.approvePairing("Game")).isEmpty();

        decide.countDown();
        first.join();
        assertThat(desk.approvePairing("Game")).contains(true);
    }

    @Test
    void deferredPromptIsChosenAtTheFirstPromptAndOnlyOnce() {
        java.util.concurrent.atomic.AtomicInteger chosen = new java.util.concurrent.atomic.AtomicInteger();
        io.relaypay.agent.prompt.DeferredPrompt prompt = new io.relaypay.agent.prompt.DeferredPrompt(() -> {
            chosen.incrementAndGet();
            return new HeldPrompt(new CountDownLatch(1), new CountDownLatch(0));
        });

        assertThat(chosen).hasValue(0);
        prompt.askPin(SUMMARY, Duration.ofSeconds(1));
        prompt.approvePairing("Game", Duration.ofSeconds(1));

        assertThat(chosen).hasValue(1);
    }

    @Test
    void amountsAreShownInTheCurrencysOwnDigits() {
        assertThat(SUMMARY.displayAmount()).isEqualTo("12.50 EUR");
        assertThat(new PaymentSummary("S", 1250, "JPY", "r", Optional.empty(), "o").displayAmount())
                .isEqualTo("1250 JPY");
    }

    /** Holds the first prompt open until the test lets it go. */
    record HeldPrompt(CountDownLatch open, CountDownLatch decide) implements Prompt {
        @Override
        public PinDecision askPin(PaymentSummary summary, Duration timeout) {
            open.countDown();
            try {
                decide.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new PinDecision.Declined();
        }

        @Override
        public boolean approvePairing(String appName, Duration timeout) {
            return true;
        }
    }
}
