package io.relaypay.sdk.json;

import static java.util.Objects.requireNonNull;

import java.util.OptionalLong;

/**
 * A JSON number, kept as its literal: money and times here are integers, and a literal that is not one
 * (a fraction, an exponent, beyond {@code long}) must be refused where an integer is expected rather
 * than rounded.
 *
 * @param literal the number as written, valid per RFC 8259
 */
public record JsonNumber(String literal) implements JsonValue {

    /** Checks the literal, so a value written out is always valid JSON. */
    public JsonNumber {
        requireNonNull(literal, "literal");
        if (!JsonParser.isNumber(literal)) {
            throw new IllegalArgumentException("not a JSON number: " + literal);
        }
    }

    /** {@code value} as a JSON number. */
    public static JsonNumber of(long value) {
        return new JsonNumber(Long.toString(value));
    }

    /** The value if the literal is an integer (no fraction, no exponent) that fits a {@code long}. */
    public OptionalLong longValue() {
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            if (c == '.' || c == 'e' || c == 'E') {
                return OptionalLong.empty();
            }
        }
        try {
            return OptionalLong.of(Long.parseLong(literal));
        } catch (NumberFormatException beyondLong) {
            return OptionalLong.empty();
        }
    }
}
