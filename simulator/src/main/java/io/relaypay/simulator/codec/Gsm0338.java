package io.relaypay.simulator.codec;

import java.io.ByteArrayOutputStream;

/**
 * The GSM 03.38 (3GPP TS 23.038) default alphabet and its extension table, unpacked: one septet
 * per byte, as SMSCs commonly take {@code data_coding 0x00} over SMPP. Written here rather than
 * taken from a library because the simulator must be an independent implementation of the codec
 * the messaging module uses.
 */
public final class Gsm0338 {

    private static final int ESCAPE = 0x1B;

    // Index = septet value. 0x1B is the escape to the extension table, never a character itself.
    private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001BÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    private static final char[] EXTENSION = new char[128];

    static {
        EXTENSION[0x0A] = '\f';
        EXTENSION[0x14] = '^';
        EXTENSION[0x28] = '{';
        EXTENSION[0x29] = '}';
        EXTENSION[0x2F] = '\\';
        EXTENSION[0x3C] = '[';
        EXTENSION[0x3D] = '~';
        EXTENSION[0x3E] = ']';
        EXTENSION[0x40] = '|';
        EXTENSION[0x65] = '€';
    }

    private Gsm0338() {}

    /**
     * Decodes unpacked septets. An escape followed by a code the extension table does not define is
     * shown as the basic character of that code, as TS 23.038 asks of receivers.
     *
     * @throws MalformedMessageException on a byte above 0x7F or a trailing escape
     */
    public static String decode(byte[] septets) {
        StringBuilder text = new StringBuilder(septets.length);
        for (int i = 0; i < septets.length; i++) {
            int septet = septets[i] & 0xFF;
            if (septet > 0x7F) {
                throw new MalformedMessageException(
                        "byte 0x%02X at offset %d is not a GSM 03.38 septet".formatted(septet, i));
            }
            if (septet != ESCAPE) {
                text.append(BASIC.charAt(septet));
                continue;
            }
            if (++i == septets.length) {
                throw new MalformedMessageException("GSM 03.38 escape at the end of the message");
            }
            int extended = septets[i] & 0xFF;
            if (extended > 0x7F) {
                throw new MalformedMessageException(
                        "byte 0x%02X at offset %d is not a GSM 03.38 septet".formatted(extended, i));
            }
            char c = EXTENSION[extended];
            text.append(c != 0 ? c : extended == ESCAPE ? ' ' : BASIC.charAt(extended));
        }
        return text.toString();
    }

    /** Whether every character of {@code text} is in the basic or the extension table. */
    public static boolean canEncode(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (septetsOf(text.charAt(i)) == 0) {
                return false;
            }
        }
        return true;
    }

    /** Septets {@code c} takes: 1 in the basic table, 2 in the extension table, 0 if not encodable. */
    public static int septetsOf(char c) {
        if (c != ESCAPE && BASIC.indexOf(c) >= 0) {
            return 1;
        }
        return extensionCode(c) >= 0 ? 2 : 0;
    }

    /**
     * Encodes to unpacked septets.
     *
     * @throws IllegalArgumentException if a character is not in the alphabet (check {@link
     *     #canEncode} first)
     */
    public static byte[] encode(CharSequence text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int basic = c == ESCAPE ? -1 : BASIC.indexOf(c);
            if (basic >= 0) {
                out.write(basic);
                continue;
            }
            int extended = extensionCode(c);
            if (extended < 0) {
                throw new IllegalArgumentException(
                        "character U+%04X at %d is not in the GSM 03.38 alphabet".formatted((int) c, i));
            }
            out.write(ESCAPE);
            out.write(extended);
        }
        return out.toByteArray();
    }

    private static int extensionCode(char c) {
        for (int code = 0; code < EXTENSION.length; code++) {
            if (EXTENSION[code] == c && c != 0) {
                return code;
            }
        }
        return -1;
    }
}
