package io.relaypay.messaging.outbox;

/** The outbox's database failed; the message may or may not have been stored, and a retry is safe. */
public class OutboxUnavailableException extends RuntimeException {
    /** Wraps the database failure. */
    public OutboxUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
