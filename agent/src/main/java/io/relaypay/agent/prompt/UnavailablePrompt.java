package io.relaypay.agent.prompt;

import java.time.Duration;
import java.util.logging.Logger;

/**
 * Where there is neither a display nor a terminal (a service started before anyone logged in): no
 * one can be asked, so every prompt is declined, and the log says why.
 */
public final class UnavailablePrompt implements Prompt {

    private static final Logger log = Logger.getLogger(UnavailablePrompt.class.getName());

    @Override
    public PinDecision askPin(PaymentSummary summary, Duration timeout) {
        log.warning("no display and no terminal to ask for the PIN: payment declined");
        return new PinDecision.Declined();
    }

    @Override
    public boolean approvePairing(String appName, Duration timeout) {
        log.warning("no display and no terminal to ask about pairing: declined");
        return false;
    }
}
