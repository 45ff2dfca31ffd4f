package io.relaypay.messaging.http;

/**
 * Which texts fit the GSM 03.38 default alphabet (with its extension table), so a gateway can be
 * asked for 7-bit coding; anything else must go as UCS-2, which halves the characters per part.
 */
final class GsmAlphabet {
    private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001bÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    // Reached through the escape character; each costs two septets.
    private static final String EXTENSION = "\f^{}\\[~]|€";

    private GsmAlphabet() {}

    /** True when every character of {@code text} is in the default alphabet or its extension. */
    static boolean canEncode(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u001b' || BASIC.indexOf(c) < 0 && EXTENSION.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }
}
