package io.relaypay.interchange.decisions;

import java.time.Instant;
import java.util.Objects;

/**
 * One version of the decision rules as stored: every change is a new row, so what decided a payment
 * can always be read back.
 *
 * @param version increases by one with each change; nodes poll it
 * @param label the rule text's own {@code version} line, named in every decision and log line
 * @param text the rule text (routing's {@code RuleSetParser} format)
 * @param source where it came from: {@code configuration}, {@code classpath} or {@code admin}
 * @param createdAt when it was stored
 */
public record StoredRules(long version, String label, String text, String source, Instant createdAt) {

    /** Requires every part. */
    public StoredRules {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(createdAt, "createdAt");
        if (version < 1) {
            throw new IllegalArgumentException("rule versions start at 1");
        }
    }
}
