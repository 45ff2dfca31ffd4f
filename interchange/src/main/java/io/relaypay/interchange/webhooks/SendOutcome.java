package io.relaypay.interchange.webhooks;

import java.util.Objects;

/** What came of one POST to a merchant's webhook URL. */
public sealed interface SendOutcome {

    /** Whether the merchant acknowledged the event (any 2xx). */
    boolean acknowledged();

    /**
     * The merchant answered.
     *
     * @param status HTTP status (redirects are not followed: a 3xx is an answer, not an ack)
     * @param excerpt the start of the response body, for the admin API
     */
    record Answered(int status, String excerpt) implements SendOutcome {

        /** Requires an excerpt, possibly empty. */
        public Answered {
            Objects.requireNonNull(excerpt, "excerpt");
        }

        @Override
        public boolean acknowledged() {
            return status >= 200 && status < 300;
        }
    }

    /**
     * No answer: connection refused, timeout, TLS or I/O error, or the sending node stopped.
     *
     * @param error what went wrong, for the admin API
     */
    record NoAnswer(String error) implements SendOutcome {

        /** Requires an error text. */
        public NoAnswer {
            Objects.requireNonNull(error, "error");
        }

        @Override
        public boolean acknowledged() {
            return false;
        }
    }
}
