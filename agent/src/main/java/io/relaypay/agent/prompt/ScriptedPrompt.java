package io.relaypay.agent.prompt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.LockSupport;

/**
 * For tests only: answers every prompt from a file read at each prompt, so a test can change the
 * answer while the agent runs. The file's first line is {@code pin <digits>}, {@code cancel}, {@code
 * timeout}, or {@code hold}: the prompt stays open, as while a person reads it, until the test
 * writes another line (which then answers it) or the prompt's timeout passes (timed out). Pairing is
 * approved unless the answer is {@code cancel}. The PIN lives in a file,
 * not on the command line, where other users could read it in the process list.
 */
public final class ScriptedPrompt implements Prompt {

    /**
     * The system property ({@code -Drelaypay.agent.test-prompts=true}) without which {@code relaypay
     * agent} refuses {@code --prompt scripted}. Test fixtures and the benchmark set it; nothing else
     * should: with it, whoever can write the script file answers the PIN prompt.
     */
    public static final String TEST_SWITCH = "relaypay.agent.test-prompts";

    private static final long HOLD_POLL_NANOS = 10_000_000;

    private final Path script;
    private final List<String> shown = new CopyOnWriteArrayList<>();

    /** Answers from {@code script}. */
    public ScriptedPrompt(Path script) {
        this.script = script;
    }

    @Override
    public PinDecision askPin(PaymentSummary summary, Duration timeout) {
        shown.add(summary.merchantName() + " " + summary.displayAmount());
        String line = answer(timeout);
        if (line.startsWith("pin ")) {
            return new PinDecision.Approved(line.substring(4).strip().toCharArray());
        }
        return line.equals("timeout") ? new PinDecision.TimedOut() : new PinDecision.Declined();
    }

    @Override
    public boolean approvePairing(String appName, Duration timeout) {
        shown.add("pairing " + appName);
        String line = answer(timeout);
        return !line.equals("cancel") && !line.equals("timeout");
    }

    /** What the prompts showed, in order: {@code "<merchant> <amount>"} or {@code "pairing <app>"}. */
    public List<String> shown() {
        return List.copyOf(shown);
    }

    /** The script's answer; while it says {@code hold}, waits for another, up to {@code timeout}. */
    private String answer(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        String line = line();
        // While held, an empty file is the test rewriting it: the new line is not there yet.
        boolean held = line.equals("hold");
        while (held && (line.equals("hold") || line.isEmpty())) {
            if (System.nanoTime() - deadline >= 0) {
                return "timeout";
            }
            LockSupport.parkNanos(HOLD_POLL_NANOS);
            line = line();
        }
        return line.isEmpty() ? "cancel" : line;
    }

    /** The script's first line, stripped; empty if the file is. */
    private String line() {
        try {
            List<String> lines = Files.readAllLines(script, StandardCharsets.UTF_8);
            return lines.isEmpty() ? "" : lines.getFirst().strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the prompt script " + script, e);
        }
    }
}
