package io.relaypay.messaging.smpp.codec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits an encoded text into the {@code short_message} of each submit_sm. A text that fits one
 * message goes whole; a longer one goes in parts of at most 152 septets or 66 UCS-2 units, each
 * behind a user data header with IEI 0x08 (16-bit reference), sent with esm_class UDHI. The 16-bit
 * reference costs one septet per part but wraps after 65,536 messages instead of 256: a part left
 * on a phone by an interrupted send is not joined to a later message that reuses its reference
 * (seen with 8-bit references in the bind-loss test). A cut never
 * falls inside a GSM escape sequence or between the two halves of a surrogate pair, because a
 * phone decodes each part on its own.
 */
public final class ConcatenatedParts {

    /** Octets of the header: UDHL, IEI 0x08, IEL 4, reference (2 octets), total, sequence. */
    public static final int HEADER_OCTETS = 7;

    private ConcatenatedParts() {}

    /**
     * One submit_sm's worth of a message.
     *
     * @param shortMessage the {@code short_message} field: header (when {@code udhi}) then payload
     * @param udhi whether the field starts with a user data header (esm_class bit 0x40)
     * @param coding the alphabet of the payload
     */
    public record Part(byte[] shortMessage, boolean udhi, TextCoding coding) {

        /** Payload units after the header. */
        public int units() {
            return (shortMessage.length - (udhi ? HEADER_OCTETS : 0)) / coding.bytesPerUnit();
        }

        /**
         * Octets the part takes on the air interface, where GSM septets are packed and the
         * header is padded to a septet boundary; at most 140 for every part we make.
         */
        public int airInterfaceOctets() {
            int header = udhi ? HEADER_OCTETS : 0;
            if (coding == TextCoding.UCS2) {
                return shortMessage.length;
            }
            int headerSeptets = (header * 8 + 6) / 7;
            return ((headerSeptets + units()) * 7 + 7) / 8;
        }
    }

    /**
     * The parts of {@code text}; {@code reference} (0 to 65,535) tells one concatenated message from
     * another on the phone, so a channel rotates it.
     *
     * @throws IllegalArgumentException when the text needs more than 255 parts
     */
    public static List<Part> split(EncodedText text, int reference) {
        if (reference < 0 || reference > 0xFFFF) {
            throw new IllegalArgumentException("16-bit reference out of range: " + reference);
        }
        if (text.fitsOneMessage()) {
            return List.of(new Part(text.payload(), false, text.coding()));
        }
        List<byte[]> chunks = chunks(text);
        if (chunks.size() > 255) {
            throw new IllegalArgumentException("text needs " + chunks.size() + " parts; at most 255 can be joined");
        }
        var parts = new ArrayList<Part>(chunks.size());
        for (int i = 0; i < chunks.size(); i++) {
            byte[] chunk = chunks.get(i);
            byte[] sm = new byte[HEADER_OCTETS + chunk.length];
            sm[0] = 0x06;
            sm[1] = 0x08;
            sm[2] = 0x04;
            sm[3] = (byte) (reference >> 8);
            sm[4] = (byte) reference;
            sm[5] = (byte) chunks.size();
            sm[6] = (byte) (i + 1);
            System.arraycopy(chunk, 0, sm, HEADER_OCTETS, chunk.length);
            parts.add(new Part(sm, true, text.coding()));
        }
        return List.copyOf(parts);
    }

    private static List<byte[]> chunks(EncodedText text) {
        byte[] payload = text.payload();
        int unitBytes = text.coding().bytesPerUnit();
        int limit = text.coding().partLimit() * unitBytes;
        var chunks = new ArrayList<byte[]>();
        int start = 0;
        while (start < payload.length) {
            int end = start;
            while (end < payload.length) {
                int step = indivisibleBytes(text.coding(), payload, end);
                if (end - start + step > limit) {
                    break;
                }
                end += step;
            }
            chunks.add(Arrays.copyOfRange(payload, start, end));
            start = end;
        }
        return chunks;
    }

    /** Bytes from {@code at} that must stay in one part: an escape pair or a surrogate pair. */
    private static int indivisibleBytes(TextCoding coding, byte[] payload, int at) {
        if (coding == TextCoding.GSM7) {
            return payload[at] == Gsm7Alphabet.ESCAPE && at + 1 < payload.length ? 2 : 1;
        }
        char unit = (char) (((payload[at] & 0xFF) << 8) | (payload[at + 1] & 0xFF));
        if (Character.isHighSurrogate(unit) && at + 3 < payload.length) {
            char next = (char) (((payload[at + 2] & 0xFF) << 8) | (payload[at + 3] & 0xFF));
            if (Character.isLowSurrogate(next)) {
                return 4;
            }
        }
        return 2;
    }
}
