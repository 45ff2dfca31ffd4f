package io.relaypay.agent.prompt;

import io.relaypay.agent.interchange.AgentMessage;
import io.relaypay.agent.messages.ConsoleDisplay;
import io.relaypay.agent.messages.MessageDisplay;
import java.io.PrintStream;
import java.util.Objects;

/**
 * Where the agent shows its texts: a window when the device has a screen, else the console; decided at the first text, so an agent
 * that never receives one never loads the desktop classes (they cost start time and memory).
 */
public final class ScreenOrConsoleDisplay implements MessageDisplay {

    private final PrintStream console;
    private MessageDisplay chosen;

    /** Falls back to printing on {@code console}. */
    public ScreenOrConsoleDisplay(PrintStream console) {
        this.console = Objects.requireNonNull(console, "console");
    }

    @Override
    public synchronized void show(AgentMessage message) {
        if (chosen == null) {
            chosen = SwingMessageWindow.available() ? new SwingMessageWindow() : new ConsoleDisplay(console);
        }
        chosen.show(message);
    }
}
