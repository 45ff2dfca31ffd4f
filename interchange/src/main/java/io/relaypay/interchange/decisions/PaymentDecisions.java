package io.relaypay.interchange.decisions;

import io.relaypay.interchange.payments.Payment;

/**
 * Asks the decision engine whether a buyer may make a payment, and how they must confirm it.
 * Implemented over the routing module's rule engine with the live counters of the database.
 */
@FunctionalInterface
public interface PaymentDecisions {

    /** The verdict for {@code payment} by the buyer at {@code phoneNumber} (E.164). */
    Verdict decide(Payment payment, String phoneNumber);

    /**
     * The engine's answer.
     *
     * @param allowed whether the payment may go ahead
     * @param confirmation how the buyer must confirm, when allowed
     * @param reasonCode machine-readable reason of a denial (e.g. {@code limit.user.daily})
     * @param reasonMessage a sentence the checkout page shows the buyer on denial
     */
    record Verdict(boolean allowed, Confirmation confirmation, String reasonCode, String reasonMessage) {

        /** An approval needing {@code confirmation}. */
        public static Verdict allow(Confirmation confirmation) {
            return new Verdict(true, confirmation, "", "");
        }

        /** A denial. */
        public static Verdict deny(String code, String message) {
            return new Verdict(false, Confirmation.NONE, code, message);
        }
    }

    /** How strongly the buyer must confirm. */
    enum Confirmation {
        /** Nothing more (denials only). */
        NONE,
        /** A code by SMS: reply, or type it on the page. */
        SMS_CODE,
        /** The buyer's PIN. */
        PIN,
        /** Both the SMS code and the PIN. */
        SMS_CODE_AND_PIN
    }
}
