package io.relaypay.agent.prompt;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The prompt on a terminal, for a headless machine. The PIN is read without echo into a {@code
 * char[]}.
 *
 * <p>A terminal read cannot be interrupted, so it runs on its own thread and the prompt waits for it
 * only until the request's timeout; then the payment is not made. The read stays open, and a line
 * it brings in while no prompt is shown answers a prompt that is gone: it is zeroed and dropped,
 * never kept for the next prompt. A line counts for a prompt only if it is completed at least {@link
 * SwingPrompt#ARM_DELAY} after that prompt appeared, as the dialog's OK button is armed only then,
 * so an Enter meant for the last prompt cannot confirm a new one that just popped up.
 */
public final class ConsolePrompt implements Prompt {

    /** Where the prompt talks to the person: the console, or pipes in tests. */
    public interface Terminal {

        /** Shows {@code text}. */
        void print(String text);

        /** A line typed without echo; null at the end of input. */
        char[] readSecret();

        /** A line typed with echo; null at the end of input. */
        char[] readLine();
    }

    private record Line(char[] text, Instant completed) {}

    private final Terminal terminal;
    private final Clock clock;
    private final Duration armDelay;
    private CompletableFuture<Optional<Line>> pending;

    /** Prompts on {@code console}. */
    public ConsolePrompt(Console console) {
        this(console(console), Clock.systemUTC(), SwingPrompt.ARM_DELAY);
    }

    /** Prompts on {@code terminal}; a line counts once {@code armDelay} has passed on {@code clock}. */
    public ConsolePrompt(Terminal terminal, Clock clock, Duration armDelay) {
        this.terminal = terminal;
        this.clock = clock;
        this.armDelay = armDelay;
    }

    @Override
    public synchronized PinDecision askPin(PaymentSummary summary, Duration timeout) {
        Instant shown = clock.instant();
        terminal.print("%nRelaypay: %s asks you to pay %s to %s (reference %s)%s.%nPIN (empty to cancel): "
                .formatted(
                        summary.requester(),
                        summary.displayAmount(),
                        summary.merchantName(),
                        summary.reference(),
                        summary.description().map(d -> ": " + d).orElse("")));
        Optional<Optional<char[]>> answer = answer(true, shown, timeout);
        if (answer.isEmpty()) {
            terminal.print(
                    "%nRelaypay: no answer within %d s; the payment was not made.%n".formatted(timeout.toSeconds()));
            return new PinDecision.TimedOut();
        }
        char[] pin = answer.get().orElse(null);
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
        Instant shown = clock.instant();
        terminal.print(
                "%nRelaypay: allow the app \"%s\" on this computer to request payments? [y/N] ".formatted(appName));
        Optional<Optional<char[]>> answer = answer(false, shown, timeout);
        if (answer.isEmpty()) {
            terminal.print(
                    "%nRelaypay: no answer within %d s; the app was not paired.%n".formatted(timeout.toSeconds()));
            return false;
        }
        char[] line = answer.get().orElse(new char[0]);
        boolean yes = new String(line).strip().equalsIgnoreCase("y");
        Arrays.fill(line, '\0');
        return yes;
    }

    /**
     * The line typed for the prompt shown at {@code shown}: empty if {@code timeout} passed first, an
     * empty inner value at the end of input. Lines completed too early for it are dropped.
     */
    private Optional<Optional<char[]>> answer(boolean secret, Instant shown, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (pending == null) {
                pending = read(secret);
            }
            Optional<Line> line;
            try {
                line = pending.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                CompletableFuture<Optional<Line>> abandoned = pending;
                abandoned.thenAcceptAsync(
                        late -> dropLate(abandoned, late),
                        task -> Thread.ofVirtual().start(task));
                return Optional.empty();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            } catch (ExecutionException e) {
                pending = null;
                return Optional.of(Optional.empty());
            }
            pending = null;
            if (line.isEmpty()) {
                return Optional.of(Optional.empty());
            }
            if (!line.get().completed().isBefore(shown.plus(armDelay))) {
                return Optional.of(Optional.of(line.get().text()));
            }
            Arrays.fill(line.get().text(), '\0');
            terminal.print("Relaypay: an answer typed before this prompt appeared was ignored; type it again: ");
        }
    }

    /** A line that arrived after its prompt timed out and before another prompt took the read. */
    private synchronized void dropLate(CompletableFuture<Optional<Line>> abandoned, Optional<Line> line) {
        if (pending != abandoned) {
            return;
        }
        pending = null;
        line.ifPresent(late -> {
            Arrays.fill(late.text(), '\0');
            terminal.print("Relaypay: that answer came too late and was ignored; nothing was paid.%n".formatted());
        });
    }

    /** Starts a read on its own thread: a terminal read cannot be interrupted or timed out. */
    private CompletableFuture<Optional<Line>> read(boolean secret) {
        CompletableFuture<Optional<Line>> read = new CompletableFuture<>();
        Thread.ofPlatform().daemon().name("agent-console-read").start(() -> {
            try {
                char[] text = secret ? terminal.readSecret() : terminal.readLine();
                read.complete(text == null ? Optional.empty() : Optional.of(new Line(text, clock.instant())));
            } catch (RuntimeException e) {
                read.completeExceptionally(e);
            }
        });
        return read;
    }

    /** The terminal of {@code console}: {@link Console#readPassword} keeps the PIN off the screen. */
    static Terminal console(Console console) {
        return new Terminal() {
            @Override
            public void print(String text) {
                console.printf("%s", text);
                console.flush();
            }

            @Override
            public char[] readSecret() {
                return console.readPassword();
            }

            @Override
            public char[] readLine() {
                String line = console.readLine();
                return line == null ? null : line.toCharArray();
            }
        };
    }

    /**
     * A terminal over plain streams, which cannot hide what is typed: for tests that pipe the
     * answers in.
     */
    public static Terminal piped(Reader in, Writer out) {
        BufferedReader lines = new BufferedReader(in);
        PrintWriter print = new PrintWriter(out, true);
        return new Terminal() {
            @Override
            public void print(String text) {
                print.print(text);
                print.flush();
            }

            @Override
            public char[] readSecret() {
                return readLine();
            }

            @Override
            public char[] readLine() {
                try {
                    String line = lines.readLine();
                    return line == null ? null : line.toCharArray();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }
}
