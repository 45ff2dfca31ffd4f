package io.relaypay.agent.prompt;

/** What the user did with a PIN prompt. */
public sealed interface PinDecision {

    /**
     * The user entered a PIN and confirmed. The receiver owns {@code pin} and must zero it.
     *
     * @param pin the digits typed
     */
    record Approved(char[] pin) implements PinDecision {}

    /** The user canceled. */
    record Declined() implements PinDecision {}

    /** Nobody answered in time. */
    record TimedOut() implements PinDecision {}
}
