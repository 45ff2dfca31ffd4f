package io.relaypay.agent.messages;

import io.relaypay.agent.interchange.AgentMessage;
import java.io.PrintStream;
import java.util.Objects;

/**
 * Prints each text to the agent's console, as a headless agent's only window: the person reads
 * the code there as from the SMS it replaces.
 */
public final class ConsoleDisplay implements MessageDisplay {

    private final PrintStream out;

    /** A display printing to {@code out}. */
    public ConsoleDisplay(PrintStream out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    @Override
    public void show(AgentMessage message) {
        out.println("Relaypay message: " + message.text());
        out.flush();
    }
}
