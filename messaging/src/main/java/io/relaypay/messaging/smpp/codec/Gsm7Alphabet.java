package io.relaypay.messaging.smpp.codec;

import java.util.Arrays;

/**
 * The GSM 03.38 (3GPP TS 23.038) default alphabet and its extension table, as unpacked septets:
 * one septet per byte, which is how SMPP carries {@code data_coding 0x00} to our SMSCs (the SMSC
 * packs them for the air interface). An extension character is the escape {@code 0x1B} followed
 * by its code, so it counts as two septets.
 */
public final class Gsm7Alphabet {

    /** The escape septet that introduces a character of the extension table. */
    public static final byte ESCAPE = 0x1B;

    private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001BÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    /** Extension table: the septet after the escape, and the character it stands for. */
    private static final char[][] EXTENSION = {
        {0x0A, '\f'}, {0x14, '^'}, {0x28, '{'}, {0x29, '}'}, {0x2F, '\\'},
        {0x3C, '['}, {0x3D, '~'}, {0x3E, ']'}, {0x40, '|'}, {0x65, '€'}
    };

    private static final int NONE = -1;
    /** Septet of each char below U+0400 (Latin and Greek), or NONE. */
    private static final int[] BASIC_SEPTET = new int[0x400];

    private static final int[] EXTENSION_SEPTET = new int[0x400];
    private static final char[] EXTENSION_CHAR = new char[128];

    static {
        if (BASIC.length() != 128) {
            throw new AssertionError("GSM basic table must have 128 characters, has " + BASIC.length());
        }
        Arrays.fill(BASIC_SEPTET, NONE);
        Arrays.fill(EXTENSION_SEPTET, NONE);
        for (int septet = 0; septet < 128; septet++) {
            char c = BASIC.charAt(septet);
            if (septet != ESCAPE) {
                BASIC_SEPTET[c] = septet;
            }
        }
        for (char[] entry : EXTENSION) {
            EXTENSION_CHAR[entry[0]] = entry[1];
            if (entry[1] < EXTENSION_SEPTET.length) {
                EXTENSION_SEPTET[entry[1]] = entry[0];
            }
        }
    }

    private Gsm7Alphabet() {}

    /** True when every character of {@code text} is in the basic or extension table. */
    public static boolean canEncode(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (basic(c) == NONE && extension(c) == NONE) {
                return false;
            }
        }
        return true;
    }

    /** Septets {@code text} takes: one per basic character, two per extension character. */
    public static int septetCount(CharSequence text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            count += basic(text.charAt(i)) != NONE ? 1 : 2;
        }
        return count;
    }

    /**
     * Unpacked septets of {@code text}, one per byte.
     *
     * @throws IllegalArgumentException when a character is not in the alphabet; check with {@link #canEncode}
     */
    public static byte[] encode(CharSequence text) {
        byte[] out = new byte[septetCount(text)];
        int at = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int septet = basic(c);
            if (septet != NONE) {
                out[at++] = (byte) septet;
                continue;
            }
            int ext = extension(c);
            if (ext == NONE) {
                throw new IllegalArgumentException(
                        "character U+%04X is not in the GSM 03.38 alphabet".formatted((int) c));
            }
            out[at++] = ESCAPE;
            out[at++] = (byte) ext;
        }
        return out;
    }

    /**
     * Text of unpacked septets. An escape followed by a septet the extension table lacks reads as
     * that septet's basic character, and a trailing escape as a space, as TS 23.038 tells phones to
     * display them.
     *
     * @throws SmppFormatException when a byte is above {@code 0x7F}, so it cannot be a septet
     */
    public static String decode(byte[] septets, int offset, int length) {
        var text = new StringBuilder(length);
        for (int i = offset; i < offset + length; i++) {
            int septet = septets[i] & 0xFF;
            if (septet > 0x7F) {
                throw new SmppFormatException(
                        "byte 0x%02X at %d is not a GSM 7-bit septet".formatted(septet, i - offset));
            }
            if (septet != ESCAPE) {
                text.append(BASIC.charAt(septet));
                continue;
            }
            if (i + 1 == offset + length) {
                text.append(' ');
                continue;
            }
            int next = septets[++i] & 0xFF;
            if (next > 0x7F) {
                throw new SmppFormatException(
                        "byte 0x%02X at %d is not a GSM 7-bit septet".formatted(next, i - offset));
            }
            char ext = EXTENSION_CHAR[next];
            text.append(ext != 0 ? ext : next == ESCAPE ? ' ' : BASIC.charAt(next));
        }
        return text.toString();
    }

    private static int basic(char c) {
        return c < BASIC_SEPTET.length ? BASIC_SEPTET[c] : NONE;
    }

    private static int extension(char c) {
        if (c == '€') {
            return 0x65;
        }
        return c < EXTENSION_SEPTET.length ? EXTENSION_SEPTET[c] : NONE;
    }
}
