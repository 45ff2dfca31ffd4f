package io.relaypay.messaging.smpp.codec;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads the text of a {@code short_message} by its SMPP {@code data_coding}: the SMSC default
 * alphabet (GSM 03.38, unpacked), IA5/ASCII, Latin-1 and UCS-2, including the GSM "general data
 * coding" (0x10-0x1F) and "data coding / message class" (0xF0-0xF3) groups. Binary and national
 * codings are refused with a clear error rather than guessed.
 */
public final class TextDecoder {

    private TextDecoder() {}

    /** The alphabets an inbound text can be in. */
    public enum Alphabet {
        /** GSM 03.38, one septet per byte. */
        GSM7,
        /** IA5 (US-ASCII). */
        ASCII,
        /** ISO-8859-1. */
        LATIN1,
        /** UCS-2, read as UTF-16BE so surrogate pairs from newer phones survive. */
        UCS2
    }

    /**
     * The alphabet {@code dataCoding} names.
     *
     * @throws SmppFormatException for binary, compressed, reserved or national codings
     */
    public static Alphabet alphabet(int dataCoding) {
        int dc = dataCoding & 0xFF;
        switch (dc) {
            case 0x00 -> {
                return Alphabet.GSM7;
            }
            case 0x01 -> {
                return Alphabet.ASCII;
            }
            case 0x03 -> {
                return Alphabet.LATIN1;
            }
            case 0x08 -> {
                return Alphabet.UCS2;
            }
            default -> {}
        }
        if ((dc & 0xF0) == 0x10) {
            // General data coding with a message class: bits 3-2 name the alphabet.
            return switch ((dc >> 2) & 0x03) {
                case 0 -> Alphabet.GSM7;
                case 2 -> Alphabet.UCS2;
                default -> throw unsupported(dc);
            };
        }
        if ((dc & 0xFC) == 0xF0) {
            return Alphabet.GSM7;
        }
        throw unsupported(dc);
    }

    /**
     * The text in {@code bytes[offset, offset + length)} written with {@code dataCoding}.
     *
     * @throws SmppFormatException when the coding is unsupported or the bytes are not valid in it
     */
    public static String decode(int dataCoding, byte[] bytes, int offset, int length) {
        if (offset < 0 || length < 0 || offset + length > bytes.length) {
            throw new SmppFormatException(
                    "text range " + offset + "+" + length + " outside " + bytes.length + " octets");
        }
        return switch (alphabet(dataCoding)) {
            case GSM7 -> Gsm7Alphabet.decode(bytes, offset, length);
            case ASCII -> strict(StandardCharsets.US_ASCII, bytes, offset, length);
            case LATIN1 -> new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
            case UCS2 -> {
                if (length % 2 != 0) {
                    throw new SmppFormatException("UCS-2 text has an odd number of octets: " + length);
                }
                yield strict(StandardCharsets.UTF_16BE, bytes, offset, length);
            }
        };
    }

    private static String strict(Charset charset, byte[] bytes, int offset, int length) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, length))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new SmppFormatException("text is not valid " + charset.name() + ": " + e.getMessage());
        }
    }

    private static SmppFormatException unsupported(int dc) {
        return new SmppFormatException("unsupported data_coding 0x%02X".formatted(dc));
    }
}
