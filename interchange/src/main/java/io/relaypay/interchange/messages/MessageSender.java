package io.relaypay.interchange.messages;

/**
 * Sends texts to phones: picks the cheapest working route and stores the message in the outbox,
 * which delivers it. Returns once the message is durably accepted, not when it is delivered.
 */
@FunctionalInterface
public interface MessageSender {

    /**
     * Accepts {@code message} for delivery.
     *
     * @return the message id (for status lookups)
     * @throws NoRouteException when no route reaches the phone
     */
    String send(PhoneMessage message);

    /** No route reaches the phone for this purpose. */
    final class NoRouteException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /** A refusal explaining why no route was found. */
        public NoRouteException(String explanation) {
            super(explanation);
        }
    }
}
