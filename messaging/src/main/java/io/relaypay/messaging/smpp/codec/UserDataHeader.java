package io.relaypay.messaging.smpp.codec;

import java.util.Optional;

/**
 * The user data header at the start of a {@code short_message} whose esm_class has UDHI set
 * (TS 23.040 9.2.3.24). We read the concatenation elements (IEI 0x00, 8-bit reference, and 0x08,
 * 16-bit reference) and skip every other element.
 *
 * @param length octets the header takes, its length octet included; the text starts there
 * @param concatenation where this part sits, when the header says it is one
 */
public record UserDataHeader(int length, Optional<Concatenation> concatenation) {

    private static final int CONCAT_8 = 0x00;
    private static final int CONCAT_16 = 0x08;

    /**
     * Parses the header at the start of {@code shortMessage}.
     *
     * @throws SmppFormatException when the header is empty, runs past the message or holds a
     *     concatenation element of the wrong length or with impossible numbers
     */
    public static UserDataHeader parse(byte[] shortMessage) {
        if (shortMessage.length == 0) {
            throw new SmppFormatException("UDHI is set but short_message is empty");
        }
        int udhl = shortMessage[0] & 0xFF;
        int end = 1 + udhl;
        if (end > shortMessage.length) {
            throw new SmppFormatException(
                    "user data header length " + udhl + " runs past the " + shortMessage.length + "-octet message");
        }
        Optional<Concatenation> concatenation = Optional.empty();
        int at = 1;
        while (at < end) {
            if (at + 2 > end) {
                throw new SmppFormatException("truncated information element at octet " + at);
            }
            int iei = shortMessage[at] & 0xFF;
            int iel = shortMessage[at + 1] & 0xFF;
            int data = at + 2;
            if (data + iel > end) {
                throw new SmppFormatException("information element 0x%02X runs past the header".formatted(iei));
            }
            if (iei == CONCAT_8 || iei == CONCAT_16) {
                concatenation = Optional.of(concatenation(shortMessage, iei, iel, data));
            }
            at = data + iel;
        }
        return new UserDataHeader(end, concatenation);
    }

    private static Concatenation concatenation(byte[] sm, int iei, int iel, int data) {
        int expected = iei == CONCAT_8 ? 3 : 4;
        if (iel != expected) {
            throw new SmppFormatException(
                    "concatenation element 0x%02X must have %d octets, has %d".formatted(iei, expected, iel));
        }
        int reference = iei == CONCAT_8 ? sm[data] & 0xFF : ((sm[data] & 0xFF) << 8) | (sm[data + 1] & 0xFF);
        int rest = data + expected - 2;
        return new Concatenation(reference, sm[rest] & 0xFF, sm[rest + 1] & 0xFF);
    }
}
