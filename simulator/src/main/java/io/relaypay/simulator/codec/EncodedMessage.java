package io.relaypay.simulator.codec;

import java.util.ArrayList;
import java.util.List;

/**
 * A text ready for SMPP: its {@code data_coding} and one {@code short_message} per part, each part
 * of a long text starting with a concatenation UDH (so {@code esm_class} needs UDHI 0x40).
 *
 * @param dataCoding 0x00 (GSM 03.38) when every character is in the alphabet, else 0x08 (UCS-2)
 * @param parts the user data of each part, header included when {@code concatenated}
 * @param concatenated whether the parts carry a UDH
 */
public record EncodedMessage(int dataCoding, List<byte[]> parts, boolean concatenated) {

    private static final int GSM_SINGLE = 160;
    private static final int GSM_PART = 153;
    private static final int UCS2_SINGLE = 70;
    private static final int UCS2_PART = 67;

    /** Copies the parts list. */
    public EncodedMessage {
        parts = List.copyOf(parts);
    }

    /**
     * Encodes {@code text}, GSM 03.38 when possible, else UCS-2; splits it into parts of 153 septets
     * or 67 UCS-2 units when it does not fit one message, never splitting an escape sequence or a
     * surrogate pair.
     *
     * @param reference the 8-bit concatenation reference for a long text
     */
    public static EncodedMessage of(String text, int reference) {
        boolean gsm = Gsm0338.canEncode(text);
        int single = gsm ? GSM_SINGLE : UCS2_SINGLE;
        if (units(text, gsm) <= single) {
            return new EncodedMessage(
                    gsm ? ShortMessageText.GSM : ShortMessageText.UCS2, List.of(bytes(text, gsm)), false);
        }
        List<String> chunks = chunks(text, gsm, gsm ? GSM_PART : UCS2_PART);
        List<byte[]> parts = new ArrayList<>(chunks.size());
        for (int i = 0; i < chunks.size(); i++) {
            byte[] header = UserDataHeader.concat8(reference, chunks.size(), i + 1);
            byte[] body = bytes(chunks.get(i), gsm);
            byte[] part = new byte[header.length + body.length];
            System.arraycopy(header, 0, part, 0, header.length);
            System.arraycopy(body, 0, part, header.length, body.length);
            parts.add(part);
        }
        return new EncodedMessage(gsm ? ShortMessageText.GSM : ShortMessageText.UCS2, parts, true);
    }

    private static int units(String text, boolean gsm) {
        if (!gsm) {
            return text.length();
        }
        int septets = 0;
        for (int i = 0; i < text.length(); i++) {
            septets += Gsm0338.septetsOf(text.charAt(i));
        }
        return septets;
    }

    private static List<String> chunks(String text, boolean gsm, int limit) {
        List<String> chunks = new ArrayList<>();
        int start = 0;
        int used = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int cost = gsm ? Gsm0338.septetsOf(c) : 1;
            boolean pairStart = !gsm && Character.isHighSurrogate(c) && i + 1 < text.length();
            int needed = pairStart ? 2 : cost;
            if (used + needed > limit) {
                chunks.add(text.substring(start, i));
                start = i;
                used = 0;
            }
            used += cost;
        }
        chunks.add(text.substring(start));
        if (chunks.size() > 255) {
            throw new IllegalArgumentException("text needs more than 255 parts");
        }
        return chunks;
    }

    private static byte[] bytes(String text, boolean gsm) {
        return gsm ? Gsm0338.encode(text) : ShortMessageText.ucs2(text);
    }
}
