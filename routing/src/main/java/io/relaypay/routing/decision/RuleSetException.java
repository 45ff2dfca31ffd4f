package io.relaypay.routing.decision;

/** Rule text that cannot become a {@link RuleSet}; the message names the line or the rule. */
public final class RuleSetException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A problem with the rule text. */
    public RuleSetException(String message) {
        super(message);
    }

    /** A problem with the rule text, found by a constructor that validates values. */
    public RuleSetException(String message, Throwable cause) {
        super(message, cause);
    }
}
