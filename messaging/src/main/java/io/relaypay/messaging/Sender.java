package io.relaypay.messaging;

import java.util.Objects;

/** Who a message appears to come from: a short code, a long number or an alphanumeric name. */
public sealed interface Sender {

    /** The sender as the wire carries it: digits or the name, never a leading {@code +}. */
    String address();

    /** A carrier short code such as {@code 84444}; the only sender a phone can reply to for free. */
    record ShortCode(String digits) implements Sender {
        /** Checks 3 to 8 digits. */
        public ShortCode {
            Objects.requireNonNull(digits, "digits");
            if (!digits.matches("[0-9]{3,8}")) {
                throw new InvalidMessageException("short code must be 3 to 8 digits: " + digits);
            }
        }

        @Override
        public String address() {
            return digits;
        }
    }

    /** A full phone number (virtual mobile number) as sender. */
    record LongNumber(PhoneNumber number) implements Sender {
        /** Requires the number. */
        public LongNumber {
            Objects.requireNonNull(number, "number");
        }

        @Override
        public String address() {
            return number.digits();
        }
    }

    /** A brand name; GSM limits it to 11 characters and phones cannot reply to it. */
    record Alphanumeric(String name) implements Sender {
        /** Checks 1 to 11 letters, digits, spaces, dots or dashes, with at least one letter. */
        public Alphanumeric {
            Objects.requireNonNull(name, "name");
            if (!name.matches("[A-Za-z0-9 .\\-]{1,11}") || !name.matches(".*[A-Za-z].*")) {
                throw new InvalidMessageException(
                        "alphanumeric sender must be 1 to 11 characters with a letter: " + name);
            }
        }

        @Override
        public String address() {
            return name;
        }
    }

    /** Reads a sender as configuration or an API writes it: digits, {@code +digits} or a name. */
    static Sender parse(String raw) {
        Objects.requireNonNull(raw, "raw");
        if (raw.startsWith("+")) {
            return new LongNumber(PhoneNumber.of(raw));
        }
        if (raw.matches("[0-9]{3,8}")) {
            return new ShortCode(raw);
        }
        if (raw.matches("[0-9]{9,15}")) {
            return new LongNumber(PhoneNumber.of(raw));
        }
        return new Alphanumeric(raw);
    }
}
