package io.relaypay.interchange.users;

import java.util.Arrays;
import java.util.Objects;

/**
 * A PIN as typed: 4 to 8 digits in a {@code char[]} that {@link #close} wipes, so it lives no
 * longer than the check that needs it. (The servlet API hands form fields over as strings, which
 * cannot be wiped; this keeps every copy we make short-lived.)
 */
public final class Pin implements AutoCloseable {

    private final char[] digits;

    private Pin(char[] digits) {
        this.digits = digits;
    }

    /** Whether {@code typed} has the shape of a PIN. */
    public static boolean valid(char[] typed) {
        if (typed == null || typed.length < 4 || typed.length > 8) {
            return false;
        }
        for (char c : typed) {
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * A PIN owning a copy of {@code typed}, which must be {@link #valid}.
     *
     * @throws IllegalArgumentException for anything but 4 to 8 digits
     */
    public static Pin of(char[] typed) {
        Objects.requireNonNull(typed, "typed");
        if (!valid(typed)) {
            throw new IllegalArgumentException("a PIN is 4 to 8 digits");
        }
        return new Pin(typed.clone());
    }

    /** The digits; valid until {@link #close}. */
    char[] digits() {
        return digits;
    }

    /** Whether this PIN has the same digits as {@code other}, in constant time. */
    public boolean sameAs(Pin other) {
        if (digits.length != other.digits.length) {
            return false;
        }
        int diff = 0;
        for (int i = 0; i < digits.length; i++) {
            diff |= digits[i] ^ other.digits[i];
        }
        return diff == 0;
    }

    /** Wipes the digits. */
    @Override
    public void close() {
        Arrays.fill(digits, '\0');
    }

    @Override
    public String toString() {
        return "Pin[****]";
    }
}
