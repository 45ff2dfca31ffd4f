package io.relaypay.agent.prompt;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Chooses the real prompt when the first person must be asked, not when the agent starts: finding
 * out whether there is a display and loading the Swing prompt pull AWT in (21 classes, about 3 MB
 * resident, measured with a display), and most of the time the agent only waits.
 */
public final class DeferredPrompt implements Prompt {

    private final Supplier<Prompt> choose;
    private Prompt chosen;

    /** Asks through what {@code choose} returns, called once, at the first prompt. */
    public DeferredPrompt(Supplier<Prompt> choose) {
        this.choose = choose;
    }

    @Override
    public PinDecision askPin(PaymentSummary summary, Duration timeout) {
        return prompt().askPin(summary, timeout);
    }

    @Override
    public boolean approvePairing(String appName, Duration timeout) {
        return prompt().approvePairing(appName, timeout);
    }

    private synchronized Prompt prompt() {
        if (chosen == null) {
            chosen = choose.get();
        }
        return chosen;
    }
}
