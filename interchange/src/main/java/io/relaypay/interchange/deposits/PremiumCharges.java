package io.relaypay.interchange.deposits;

import java.util.Optional;

/**
 * Sends premium messages that bill a phone, and tells what became of them. The message id is fixed
 * by the caller before sending, so a caller that crashed mid-send asks {@link #outcome} instead of
 * sending a second charge.
 */
public interface PremiumCharges {

    /** What became of one premium message. */
    sealed interface Outcome {
        /** Not accepted by the outbox: it was never sent. */
        record NotAccepted() implements Outcome {}

        /** Still travelling: no final receipt yet. */
        record Pending() implements Outcome {}

        /** Delivered, so the carrier billed it. */
        record Billed(String channel) implements Outcome {}

        /** Not delivered, so not billed. */
        record Failed(String reason) implements Outcome {}

        /** Nobody knows whether it was billed; never send it again. */
        record Unknown(String reason) implements Outcome {}
    }

    /**
     * Accepts a premium message billing {@code price} to {@code phoneNumber} under {@code messageId}.
     *
     * @return the channel of the first route it was given
     * @throws io.relaypay.interchange.messages.MessageSender.NoRouteException when no route can bill
     */
    Optional<String> send(
            String messageId, String phoneNumber, long price, String currency, String text, String correlationId);

    /** What became of the message. */
    Outcome outcome(String messageId);

    /**
     * The carrier's reference of the charge: the controller's id of the message as submitted, which
     * names its line on the phone's bill and on the carrier's remittance. Empty when never submitted.
     */
    Optional<String> reference(String messageId);
}
