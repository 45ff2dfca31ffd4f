package io.relaypay.simulator.http;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;

/**
 * Kannel's URL escape codes ({@code gw/urltrans.c}, {@code urltrans_fill_escape_codes}) as used in
 * {@code dlr-url} and MO {@code get-url}s: {@code %p} the phone (MT receiver, MO sender), {@code %P}
 * the other party (short code), {@code %a} the text's words joined by {@code +}, {@code %A}/{@code
 * %b} the whole text (for a report: the SMSC's answer), {@code %k} the first word, {@code %I} the
 * message id, {@code %i} the SMSC id, {@code %d} the report type (1 delivered, 2 failed, 4
 * buffered, 8 SMSC ack, 16 SMSC reject), {@code %B} billing info, {@code %c} coding, {@code %t}
 * {@code YYYY-MM-DD+HH:MM:SS} UTC, {@code %T} Unix seconds, {@code %%} a percent sign. Like
 * Kannel, an unknown code is copied as is and values are URL-encoded with Kannel's safe set.
 */
final class KannelEscapes {

    private static final DateTimeFormatter KANNEL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'+'HH:mm:ss");

    /** The values one message offers to a template. */
    record Values(
            String phone,
            String otherParty,
            String text,
            String id,
            String smscId,
            int dlrType,
            String binfo,
            int coding,
            Instant time) {}

    private KannelEscapes() {}

    static String fill(String template, Values values) {
        StringBuilder out = new StringBuilder(template.length() + 64);
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c != '%' || i + 1 == template.length()) {
                out.append(c);
                continue;
            }
            char code = template.charAt(++i);
            switch (code) {
                case 'p' -> out.append(encode(values.phone()));
                case 'P' -> out.append(encode(values.otherParty()));
                case 'a' ->
                    out.append(String.join(
                            "+",
                            Arrays.stream(words(values.text()))
                                    .map(KannelEscapes::encode)
                                    .toList()));
                case 'A', 'b' -> out.append(encode(values.text()));
                case 'k' -> {
                    String[] words = words(values.text());
                    out.append(words.length == 0 ? "" : encode(words[0]));
                }
                case 'I' -> out.append(encode(values.id()));
                case 'i' -> out.append(encode(values.smscId()));
                case 'd' -> out.append(values.dlrType());
                case 'B' -> out.append(encode(values.binfo()));
                case 'c' -> out.append(values.coding());
                case 't' -> out.append(KANNEL_TIME.format(values.time().atOffset(ZoneOffset.UTC)));
                case 'T' -> out.append(values.time().getEpochSecond());
                case '%' -> out.append('%');
                default -> out.append('%').append(code);
            }
        }
        return out.toString();
    }

    private static String[] words(String text) {
        String trimmed = text == null ? "" : text.strip();
        return trimmed.isEmpty() ? new String[0] : trimmed.split("\\s+");
    }

    /** Kannel's {@code octstr_url_encode}: UTF-8 bytes, space as '+', RFC 2396 unreserved kept. */
    static String encode(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length() * 3 / 2);
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c == ' ') {
                out.append('+');
            } else if (c >= 'a' && c <= 'z'
                    || c >= 'A' && c <= 'Z'
                    || c >= '0' && c <= '9'
                    || "-_.!~*'()".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%')
                        .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }
}
