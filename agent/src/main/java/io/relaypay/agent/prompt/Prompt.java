package io.relaypay.agent.prompt;

import java.time.Duration;

/**
 * A way to ask the person at the machine: a Swing dialog, a console, or a script in tests. Each
 * call blocks until the person decides or {@code timeout} passes.
 */
public interface Prompt {

    /** Asks for the PIN to pay {@code summary}. */
    PinDecision askPin(PaymentSummary summary, Duration timeout);

    /** Asks whether the native app {@code appName} may request payments from now on. */
    boolean approvePairing(String appName, Duration timeout);
}
