package io.relaypay.agent.prompt;

import java.io.Console;
import java.time.Duration;
import java.util.Arrays;

/**
 * The prompt on a terminal, for a headless machine. The PIN is read without echo into a {@code
 * char[]}. The console cannot time out a read, so {@code timeout} is left to the caller's own.
 */
public final class ConsolePrompt implements Prompt {

    private final Console console;

    /** Prompts on {@code console}. */
    public ConsolePrompt(Console console) {
        this.console = console;
    }

    @Override
    public synchronized PinDecision askPin(PaymentSummary summary, Duration timeout) {
        console.printf(
                "%nRelaypay: %s asks you to pay %s to %s (reference %s)%s.%n",
                summary.requester(),
                summary.displayAmount(),
                summary.merchantName(),
                summary.reference(),
                summary.description().map(d -> ": " + d).orElse(""));
        char[] pin = console.readPassword("PIN (empty to cancel): ");
        if (pin == null || pin.length == 0) {
            if (pin != null) {
                Arrays.fill(pin, '\0');
            }
            return new PinDecision.Declined();
        }
        return new PinDecision.Approved(pin);
    }

    @Override
    public synchronized boolean approvePairing(String appName, Duration timeout) {
        String answer = console.readLine(
                "%nRelaypay: allow the app \"%s\" on this computer to request payments? [y/N] ", appName);
        return answer != null && answer.strip().equalsIgnoreCase("y");
    }
}
