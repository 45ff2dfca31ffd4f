package io.relaypay.interchange.users;

import io.relaypay.interchange.common.ApiException;
import java.util.Optional;

/** Free-text fields people type: trimmed, bounded, no control characters. */
final class FieldText {

    private FieldText() {}

    /** {@code value} trimmed; refused when blank, longer than {@code max} or holding control characters. */
    static String required(String value, String param, int max) {
        return optional(Optional.ofNullable(value), param, max)
                .orElseThrow(() -> ApiException.invalid(param, param + " is required"));
    }

    /** {@code value} trimmed, empty when blank; refused when too long or holding control characters. */
    static Optional<String> optional(Optional<String> value, String param, int max) {
        if (value.isEmpty() || value.get().isBlank()) {
            return Optional.empty();
        }
        String text = value.get().strip();
        if (text.length() > max) {
            throw ApiException.invalid(param, param + " is at most " + max + " characters");
        }
        if (text.chars().anyMatch(Character::isISOControl)) {
            throw ApiException.invalid(param, param + " must not contain control characters");
        }
        return Optional.of(text);
    }

    /** Whether {@code text} holds a run of 9 or more digits (spaces and dashes between them ignored). */
    static boolean hasLongNumber(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++run >= 9) {
                    return true;
                }
            } else if (c != ' ' && c != '-') {
                run = 0;
            }
        }
        return false;
    }
}
