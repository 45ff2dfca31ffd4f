package io.relaypay.agent.prompt;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;

/**
 * One prompt at a time: a second request while one is open is refused at once, not queued, so a
 * page cannot stack prompts behind the one the user is reading, or pop up a new one the instant the
 * user dismisses the last.
 */
public final class PromptDesk {

    private final Prompt prompt;
    private final Duration timeout;
    private final Semaphore open = new Semaphore(1);

    /** Asks through {@code prompt}, giving the person {@code timeout} to decide. */
    public PromptDesk(Prompt prompt, Duration timeout) {
        this.prompt = prompt;
        this.timeout = timeout;
    }

    /** The decision, or empty when another prompt is open. */
    public Optional<PinDecision> askPin(PaymentSummary summary) {
        if (!open.tryAcquire()) {
            return Optional.empty();
        }
        try {
            return Optional.of(prompt.askPin(summary, timeout));
        } finally {
            open.release();
        }
    }

    /** The person's approval, or empty when another prompt is open. */
    public Optional<Boolean> approvePairing(String appName) {
        if (!open.tryAcquire()) {
            return Optional.empty();
        }
        try {
            return Optional.of(prompt.approvePairing(appName, timeout));
        } finally {
            open.release();
        }
    }
}
