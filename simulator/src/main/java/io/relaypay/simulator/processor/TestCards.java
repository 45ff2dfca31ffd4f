package io.relaypay.simulator.processor;

import java.util.Map;
import java.util.Optional;

/**
 * What a card number does, Stripe-style: well-known test numbers decline with a fixed code or ask
 * for a challenge; every other number that passes the Luhn check is authorized.
 */
final class TestCards {

    /** A card's behaviour at authorization. */
    enum Behaviour {
        APPROVE,
        CHALLENGE,
        DECLINE
    }

    /**
     * What a test number does.
     *
     * @param behaviour approve, challenge first, or decline
     * @param declineCode the decline code when it declines
     */
    record Outcome(Behaviour behaviour, String declineCode) {}

    private static final Outcome APPROVE = new Outcome(Behaviour.APPROVE, "");

    private static final Map<String, Outcome> NUMBERS = Map.of(
            "4000000000000002", decline("generic_decline"),
            "4000000000009995", decline("insufficient_funds"),
            "4000000000000069", decline("expired_card"),
            "4000000000000127", decline("incorrect_cvc"),
            "4000000000000119", decline("processing_error"),
            "4000002760003184", new Outcome(Behaviour.CHALLENGE, ""));

    private TestCards() {}

    static Outcome outcome(String pan) {
        return NUMBERS.getOrDefault(pan, APPROVE);
    }

    /** What the decline code means, for the {@code failure_message}. */
    static String message(String declineCode) {
        return switch (declineCode) {
            case "generic_decline" -> "Your card was declined.";
            case "insufficient_funds" -> "Your card has insufficient funds.";
            case "expired_card" -> "Your card has expired.";
            case "incorrect_cvc" -> "Your card's security code is incorrect.";
            case "processing_error" -> "An error occurred while processing your card. Try again.";
            case "authentication_failed" -> "The card's authentication challenge failed.";
            default -> "Your card was declined.";
        };
    }

    /** The brand by the number's prefix, if one of the usual ones. */
    static Optional<String> brand(String pan) {
        if (pan.startsWith("4")) {
            return Optional.of("visa");
        }
        if (pan.matches("5[1-5].*") || pan.matches("2[2-7].*")) {
            return Optional.of("mastercard");
        }
        if (pan.startsWith("34") || pan.startsWith("37")) {
            return Optional.of("amex");
        }
        return Optional.empty();
    }

    /** Whether {@code pan} is 12 to 19 digits that pass the Luhn check. */
    static boolean valid(String pan) {
        if (!pan.matches("[0-9]{12,19}")) {
            return false;
        }
        int sum = 0;
        boolean twice = false;
        for (int i = pan.length() - 1; i >= 0; i--) {
            int digit = pan.charAt(i) - '0';
            if (twice) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            twice = !twice;
        }
        return sum % 10 == 0;
    }

    private static Outcome decline(String code) {
        return new Outcome(Behaviour.DECLINE, code);
    }
}
