package io.relaypay.messaging.smpp.codec;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A text in the alphabet chosen for it: GSM 03.38 when every character has a septet, else UCS-2.
 *
 * @param coding the alphabet
 * @param payload unpacked septets for GSM, UTF-16BE for UCS-2
 */
public record EncodedText(TextCoding coding, byte[] payload) {

    /** Requires both fields; a UCS-2 payload has whole units. */
    public EncodedText {
        Objects.requireNonNull(coding, "coding");
        Objects.requireNonNull(payload, "payload");
        if (payload.length % coding.bytesPerUnit() != 0) {
            throw new IllegalArgumentException("UCS-2 payload must have an even length");
        }
    }

    /** Encodes {@code text} in GSM 03.38 when it can, else in UCS-2. */
    public static EncodedText of(String text) {
        Objects.requireNonNull(text, "text");
        if (Gsm7Alphabet.canEncode(text)) {
            return new EncodedText(TextCoding.GSM7, Gsm7Alphabet.encode(text));
        }
        return new EncodedText(TextCoding.UCS2, text.getBytes(StandardCharsets.UTF_16BE));
    }

    /** Septets (GSM) or UTF-16 code units (UCS-2) of the payload. */
    public int units() {
        return payload.length / coding.bytesPerUnit();
    }

    /** True when the text fits one message without a concatenation header. */
    public boolean fitsOneMessage() {
        return units() <= coding.singleLimit();
    }
}
