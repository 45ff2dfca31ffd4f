package io.relaypay.sdk;

/**
 * Anything that keeps a merchant API call from giving its answer: either the server answered with a
 * problem ({@link ProblemException} and its kinds) or no answer came ({@link ApiConnectionException}).
 * Sealed, so a pattern switch over it is checked for completeness.
 */
public abstract sealed class RelaypayException extends RuntimeException
        permits ProblemException, ApiConnectionException {

    RelaypayException(String message, Throwable cause) {
        super(message, cause);
    }
}
