package io.relaypay.interchange.confirmations;

import io.relaypay.messaging.smpp.codec.Gsm7Alphabet;
import java.text.Normalizer;
import java.util.Map;

/**
 * Text folded into the GSM-7 alphabet: letters the alphabet lacks lose their accents ({@code Łódź}
 * becomes {@code Lodz}), anything else becomes {@code ?}. One such letter would otherwise switch
 * the whole message to UCS-2, where three parts hold 198 characters instead of 456, too few for a
 * list of addresses.
 */
final class GsmFold {

    // Letters whose decomposition keeps no base letter.
    private static final Map<Character, String> SPECIAL = Map.of(
            'Ł', "L", 'ł', "l", 'Đ', "D", 'đ', "d", 'ı', "i", 'Œ', "OE", 'œ', "oe", 'Þ', "Th", 'þ', "th", 'ð', "d");

    private GsmFold() {}

    static String fold(String text) {
        if (Gsm7Alphabet.canEncode(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            out.append(fold(text.charAt(i)));
        }
        return out.toString();
    }

    private static String fold(char c) {
        String one = String.valueOf(c);
        if (Gsm7Alphabet.canEncode(one)) {
            return one;
        }
        String special = SPECIAL.get(c);
        if (special != null) {
            return special;
        }
        String base = Normalizer.normalize(one, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return !base.isEmpty() && Gsm7Alphabet.canEncode(base) ? base : "?";
    }
}
