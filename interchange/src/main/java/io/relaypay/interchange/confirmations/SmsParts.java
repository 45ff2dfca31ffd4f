package io.relaypay.interchange.confirmations;

import io.relaypay.messaging.smpp.codec.Gsm7Alphabet;
import io.relaypay.messaging.smpp.codec.TextCoding;

/**
 * How many SMS parts a text takes, counted the way the SMPP channel splits it: GSM-7 when every
 * character is in the alphabet (extension characters take two septets), else UCS-2, where one
 * character outside the GSM alphabet (an address in Łódź) shrinks a part from 152 to 66 units.
 */
public final class SmsParts {

    /** The most parts a confirmation may take: longer texts arrive late or out of order on some phones. */
    public static final int MAX = 3;

    private SmsParts() {}

    /** Parts {@code text} takes. */
    public static int of(String text) {
        boolean gsm = Gsm7Alphabet.canEncode(text);
        TextCoding coding = gsm ? TextCoding.GSM7 : TextCoding.UCS2;
        int units = gsm ? Gsm7Alphabet.septetCount(text) : text.length();
        if (units <= coding.singleLimit()) {
            return 1;
        }
        return (units + coding.partLimit() - 1) / coding.partLimit();
    }

    /** Whether {@code text} fits in {@link #MAX} parts. */
    public static boolean fits(String text) {
        return of(text) <= MAX;
    }
}
