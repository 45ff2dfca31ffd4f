package io.relaypay.messaging.smpp.codec;

/**
 * The two alphabets we send in, with their SMPP {@code data_coding} and how many units (GSM
 * septets or UTF-16 code units) fit in one message alone and in one part of a concatenated message
 * (the 6-octet concatenation header takes the rest of the 140 octets).
 */
public enum TextCoding {
    /** GSM 03.38 default alphabet, carried unpacked (one septet per byte). */
    GSM7((byte) 0x00, 160, 152, 1),
    /** UCS-2 as UTF-16 big-endian; a character outside the BMP takes two units (a surrogate pair). */
    UCS2((byte) 0x08, 70, 66, 2);

    private final byte dataCoding;
    private final int singleLimit;
    private final int partLimit;
    private final int bytesPerUnit;

    TextCoding(byte dataCoding, int singleLimit, int partLimit, int bytesPerUnit) {
        this.dataCoding = dataCoding;
        this.singleLimit = singleLimit;
        this.partLimit = partLimit;
        this.bytesPerUnit = bytesPerUnit;
    }

    /** The SMPP {@code data_coding} octet. */
    public byte dataCoding() {
        return dataCoding;
    }

    /** Units that fit in a message sent whole. */
    public int singleLimit() {
        return singleLimit;
    }

    /** Units that fit in one part after a 6-octet concatenation header. */
    public int partLimit() {
        return partLimit;
    }

    /** Bytes one unit takes in {@code short_message}. */
    public int bytesPerUnit() {
        return bytesPerUnit;
    }
}
