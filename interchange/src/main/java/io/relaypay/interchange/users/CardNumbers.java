package io.relaypay.interchange.users;

import java.util.Optional;

/**
 * Card numbers as typed: digits with optional spaces or dashes, 12 to 19 digits, the Luhn check
 * digit right; the brand read from the leading digits (the issuer identification number ranges).
 */
public final class CardNumbers {

    private CardNumbers() {}

    /** The digits of {@code typed}, or empty when it is not a card number. */
    public static Optional<String> digits(String typed) {
        if (typed == null || typed.length() > 40) {
            return Optional.empty();
        }
        StringBuilder digits = new StringBuilder(19);
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c != ' ' && c != '-') {
                return Optional.empty();
            }
        }
        String pan = digits.toString();
        return pan.length() >= 12 && pan.length() <= 19 && luhn(pan) ? Optional.of(pan) : Optional.empty();
    }

    /** Whether the last digit of {@code digits} is its Luhn check digit. */
    public static boolean luhn(String digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }

    /** The brand of a card number's digits: visa, mastercard, amex, discover, jcb, diners, unionpay or unknown. */
    public static String brand(String digits) {
        int two = Integer.parseInt(digits.substring(0, 2));
        int four = Integer.parseInt(digits.substring(0, 4));
        if (digits.charAt(0) == '4') {
            return "visa";
        }
        if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720)) {
            return "mastercard";
        }
        if (two == 34 || two == 37) {
            return "amex";
        }
        if (four == 6011 || two == 65 || (four >= 6440 && four <= 6499)) {
            return "discover";
        }
        if (four >= 3528 && four <= 3589) {
            return "jcb";
        }
        if (two == 36 || two == 38 || two == 39 || (four >= 3000 && four <= 3059)) {
            return "diners";
        }
        if (two == 62) {
            return "unionpay";
        }
        return "unknown";
    }
}
