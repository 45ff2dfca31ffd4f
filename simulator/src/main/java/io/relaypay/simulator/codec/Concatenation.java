package io.relaypay.simulator.codec;

/**
 * Where a part sits in a concatenated (long) message, from a UDH information element (IEI 0x00 or
 * 0x08) or from the SMPP {@code sar_*} TLVs.
 *
 * @param reference the message reference shared by all parts (8 or 16 bit)
 * @param total number of parts (1..255)
 * @param sequence this part's number (1..total)
 */
public record Concatenation(int reference, int total, int sequence) {

    /** Validates the numbers. */
    public Concatenation {
        if (reference < 0 || reference > 0xFFFF) {
            throw new MalformedMessageException("concatenation reference out of range: " + reference);
        }
        if (total < 1 || total > 255) {
            throw new MalformedMessageException("concatenation total parts must be 1..255: " + total);
        }
        if (sequence < 1 || sequence > total) {
            throw new MalformedMessageException("concatenation part number " + sequence + " outside 1.." + total);
        }
    }
}
