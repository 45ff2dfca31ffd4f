package io.relaypay.messaging.smpp.codec;

/**
 * Where one part sits in a concatenated message, from a user data header (IEI 0x00 or 0x08) or
 * from the SAR TLVs.
 *
 * @param reference the same for every part of one message (8 or 16 bits)
 * @param total how many parts the message has, 1 to 255
 * @param sequence this part's position, 1 to {@code total}
 */
public record Concatenation(int reference, int total, int sequence) {

    /** Checks the ranges SMPP and TS 23.040 allow; outside input gets a clear error. */
    public Concatenation {
        if (reference < 0 || reference > 0xFFFF) {
            throw new SmppFormatException("concatenation reference out of range: " + reference);
        }
        if (total < 1 || total > 255) {
            throw new SmppFormatException("concatenated message must have 1 to 255 parts, has " + total);
        }
        if (sequence < 1 || sequence > total) {
            throw new SmppFormatException("part " + sequence + " of " + total + " does not exist");
        }
    }
}
