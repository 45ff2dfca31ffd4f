package io.relaypay.interchange.confirmations;

import io.relaypay.interchange.common.Hashes;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The two codes a confirmation message carries: a 5-digit code to reply with (easy to type on a
 * phone keypad), and a 6-character code to type on the payment page, from an alphabet without
 * look-alikes (no 0/O, 1/I/L, 2/Z, 5/S, 6/G, 8/B). Stored as SHA-256 of the payment id and the code:
 * a few wrong tries fail the payment, so a slow hash would add nothing but latency.
 */
public final class ConfirmationCodes {

    /** The page code's alphabet. */
    public static final String WEB_ALPHABET = "ACDEFHJKMNPQRTUVWXY3479";

    private final SecureRandom random;

    /** Codes from a {@link SecureRandom}. */
    public ConfirmationCodes() {
        this(new SecureRandom());
    }

    ConfirmationCodes(SecureRandom random) {
        this.random = random;
    }

    /**
     * A fresh pair of codes, in clear: they go into the message and are never stored as such.
     *
     * @param replyCode five digits
     * @param webCode six characters of {@link #WEB_ALPHABET}
     */
    public record Issued(String replyCode, String webCode) {
        @Override
        public String toString() {
            return "Issued[codes hidden]";
        }
    }

    /** Two new codes. */
    public Issued issue() {
        StringBuilder reply = new StringBuilder(5);
        for (int i = 0; i < 5; i++) {
            reply.append((char) ('0' + random.nextInt(10)));
        }
        StringBuilder web = new StringBuilder(6);
        for (int i = 0; i < 6; i++) {
            web.append(WEB_ALPHABET.charAt(random.nextInt(WEB_ALPHABET.length())));
        }
        return new Issued(reply.toString(), web.toString());
    }

    /** The stored form of {@code code} for {@code paymentId}. */
    public static String hash(String paymentId, String code) {
        return Hashes.sha256Hex(paymentId + ":" + code);
    }

    /** A code as typed, upper-cased, without spaces and dashes people add while copying. */
    public static String normalize(String typed) {
        if (typed == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(typed.length());
        typed.strip()
                .codePoints()
                .filter(c -> !Character.isWhitespace(c) && c != '-')
                .forEach(out::appendCodePoint);
        return out.toString().toUpperCase(Locale.ROOT);
    }

    /**
     * The 5-digit groups of an SMS reply, in order: {@code 48213}, {@code YES 48213},
     * {@code ok, 48213!} all give {@code [48213]}. Longer digit runs are not codes.
     */
    public static List<String> replyCodes(String text) {
        List<String> codes = new ArrayList<>();
        if (text == null) {
            return codes;
        }
        int i = 0;
        while (i < text.length()) {
            if (!isAsciiDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && isAsciiDigit(text.charAt(i))) {
                i++;
            }
            if (i - start == 5) {
                codes.add(text.substring(start, i));
            }
        }
        return codes;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
