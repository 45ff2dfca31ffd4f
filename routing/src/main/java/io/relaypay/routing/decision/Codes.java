package io.relaypay.routing.decision;

/** Shape checks for codes that arrive from outside, written without regex (they run per request). */
final class Codes {

    private Codes() {}

    static boolean isCurrency(String code) {
        return isUpperLetters(code, 3);
    }

    static boolean isCountry(String code) {
        return isUpperLetters(code, 2);
    }

    static boolean isUpperLetters(String code, int length) {
        if (code.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = code.charAt(i);
            if (c < 'A' || c > 'Z') {
                return false;
            }
        }
        return true;
    }

    static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }
}
