package io.relaypay.messaging;

/** A message, address or field from outside that breaks the common format's rules. */
public class InvalidMessageException extends IllegalArgumentException {
    /** Creates the exception with a reason a person can act on. */
    public InvalidMessageException(String reason) {
        super(reason);
    }
}
