package io.relaypay.messaging.http;

/**
 * Outside text as it may appear in an error message or a log line: quoted, shortened and with
 * control characters escaped, so a hostile callback cannot forge log lines or flood them.
 */
final class Quoted {
    private static final int MAX = 40;

    private Quoted() {}

    static String of(String value) {
        var out = new StringBuilder(Math.min(value.length(), MAX) + 8).append('\'');
        for (int i = 0; i < value.length() && i < MAX; i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == 0x7f || Character.isSurrogate(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        if (value.length() > MAX) {
            out.append("…");
        }
        return out.append('\'').toString();
    }
}
