package io.relaypay.interchange.messages;

import java.util.Objects;

/**
 * A text the interchange sends to a buyer's phone.
 *
 * @param phoneNumber E.164 recipient
 * @param text what the phone shows
 * @param purpose why it is sent; decides which routes may carry it
 * @param correlationId the payment (or deposit) it belongs to, for logs and the admin API
 */
public record PhoneMessage(String phoneNumber, String text, Purpose purpose, String correlationId) {

    /** Why a message is sent. */
    public enum Purpose {
        /** Carries a payment's confirmation code; the cheapest route that reaches the phone, agent included. */
        CONFIRMATION,
        /** Tells the buyer a payment completed or failed. */
        COMPLETION,
        /** Any other notice (PIN set, security); the cheapest route, agent included. */
        NOTICE,
        /**
         * A code that proves its reader holds the phone's SIM (agent enrollment, PIN change): cellular
         * only, never the enrolled agent, whose possession is not what the code proves and whose key
         * the code may be about to trust.
         */
        POSSESSION_CODE,
        /** A premium message whose delivery bills the phone (a deposit's charge). */
        PREMIUM_CHARGE
    }

    /** Requires every part. */
    public PhoneMessage {
        Objects.requireNonNull(phoneNumber, "phoneNumber");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(correlationId, "correlationId");
    }
}
