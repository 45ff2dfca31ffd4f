package io.relaypay.simulator.codec;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes SMPP user data by {@code data_coding}. Supported: 0x00 GSM 03.38 (unpacked), 0x01
 * IA5/ASCII, 0x03 Latin-1, 0x08 UCS-2 big-endian (code units, so surrogate pairs survive), 0x02 and
 * 0x04 8-bit data (shown as Latin-1), and the GSM message-class group 0xF0..0xF7 (bit 2: 8-bit,
 * else GSM 03.38). Anything else is refused rather than guessed.
 */
public final class ShortMessageText {

    /** SMPP data_coding of the GSM 03.38 default alphabet. */
    public static final int GSM = 0x00;
    /** SMPP data_coding of Latin-1. */
    public static final int LATIN_1 = 0x03;
    /** SMPP data_coding of UCS-2. */
    public static final int UCS2 = 0x08;

    private ShortMessageText() {}

    /**
     * The text of {@code body} in {@code dataCoding}.
     *
     * @throws MalformedMessageException on an unsupported coding or bytes invalid for it
     */
    public static String decode(int dataCoding, byte[] body) {
        int coding = dataCoding & 0xFF;
        return switch (coding) {
            case 0x00 -> Gsm0338.decode(body);
            case 0x01 -> strict(StandardCharsets.US_ASCII, body, coding);
            case 0x02, 0x03, 0x04 -> new String(body, StandardCharsets.ISO_8859_1);
            case 0x08 -> ucs2(body);
            default -> {
                if ((coding & 0xF0) == 0xF0) {
                    yield (coding & 0x04) != 0 ? new String(body, StandardCharsets.ISO_8859_1) : Gsm0338.decode(body);
                }
                throw new MalformedMessageException("unsupported data_coding 0x%02X".formatted(coding));
            }
        };
    }

    private static String ucs2(byte[] body) {
        if (body.length % 2 != 0) {
            throw new MalformedMessageException("UCS-2 text has an odd number of bytes: " + body.length);
        }
        // Code unit by code unit rather than via UTF-16BE, so that even an unpaired surrogate
        // arrives as sent (UCS-2 has no notion of pairs).
        char[] units = new char[body.length / 2];
        for (int i = 0; i < units.length; i++) {
            units[i] = (char) ((body[2 * i] & 0xFF) << 8 | body[2 * i + 1] & 0xFF);
        }
        return new String(units);
    }

    /** UCS-2 big-endian, one code unit per char (surrogates passed through as they are). */
    public static byte[] ucs2(CharSequence text) {
        byte[] bytes = new byte[text.length() * 2];
        for (int i = 0; i < text.length(); i++) {
            bytes[2 * i] = (byte) (text.charAt(i) >> 8);
            bytes[2 * i + 1] = (byte) text.charAt(i);
        }
        return bytes;
    }

    private static String strict(Charset charset, byte[] body, int coding) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new MalformedMessageException("bytes not valid for data_coding 0x%02X".formatted(coding));
        }
    }
}
