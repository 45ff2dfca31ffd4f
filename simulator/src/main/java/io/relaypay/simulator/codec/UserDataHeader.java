package io.relaypay.simulator.codec;

import java.util.Arrays;
import java.util.Optional;

/**
 * A user data header (3GPP TS 23.040 9.2.3.24) split off the front of a {@code short_message}:
 * only concatenation is interpreted; other information elements are skipped.
 *
 * @param concatenation the concatenation element, if any
 * @param body the user data after the header
 */
public record UserDataHeader(Optional<Concatenation> concatenation, byte[] body) {

    /** IEI of concatenation with an 8-bit reference. */
    public static final int IEI_CONCAT_8BIT = 0x00;
    /** IEI of concatenation with a 16-bit reference. */
    public static final int IEI_CONCAT_16BIT = 0x08;

    /**
     * Parses the header at the start of {@code userData} (first byte = header length).
     *
     * @throws MalformedMessageException if the header is truncated, overruns the data or holds a
     *     malformed concatenation element
     */
    public static UserDataHeader parse(byte[] userData) {
        if (userData.length == 0) {
            throw new MalformedMessageException("UDH indicator set but the message is empty");
        }
        int headerLength = userData[0] & 0xFF;
        if (headerLength + 1 > userData.length) {
            throw new MalformedMessageException(
                    "UDH length " + headerLength + " overruns the message of " + userData.length + " bytes");
        }
        Optional<Concatenation> concatenation = Optional.empty();
        int at = 1;
        int end = 1 + headerLength;
        while (at < end) {
            if (at + 2 > end) {
                throw new MalformedMessageException("UDH information element truncated at offset " + at);
            }
            int iei = userData[at] & 0xFF;
            int length = userData[at + 1] & 0xFF;
            int data = at + 2;
            if (data + length > end) {
                throw new MalformedMessageException(
                        "UDH element 0x%02X of length %d overruns the header".formatted(iei, length));
            }
            if (iei == IEI_CONCAT_8BIT) {
                requireLength(iei, length, 3);
                concatenation = Optional.of(
                        new Concatenation(userData[data] & 0xFF, userData[data + 1] & 0xFF, userData[data + 2] & 0xFF));
            } else if (iei == IEI_CONCAT_16BIT) {
                requireLength(iei, length, 4);
                int reference = (userData[data] & 0xFF) << 8 | userData[data + 1] & 0xFF;
                concatenation =
                        Optional.of(new Concatenation(reference, userData[data + 2] & 0xFF, userData[data + 3] & 0xFF));
            }
            at = data + length;
        }
        return new UserDataHeader(concatenation, Arrays.copyOfRange(userData, end, userData.length));
    }

    private static void requireLength(int iei, int actual, int expected) {
        if (actual != expected) {
            throw new MalformedMessageException(
                    "UDH element 0x%02X must be %d bytes, was %d".formatted(iei, expected, actual));
        }
    }

    /** The 6-byte header of part {@code sequence} of {@code total}, 8-bit reference (IEI 0x00). */
    public static byte[] concat8(int reference, int total, int sequence) {
        new Concatenation(reference & 0xFF, total, sequence);
        return new byte[] {5, IEI_CONCAT_8BIT, 3, (byte) reference, (byte) total, (byte) sequence};
    }
}
