package io.relaypay.simulator.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code application/x-www-form-urlencoded} parameters (query strings and form bodies) kept as
 * bytes, because a Kannel client says in a separate parameter ({@code charset}, {@code coding})
 * how to read the {@code text} bytes. The first occurrence of a name wins.
 */
final class FormParameters {

    private final Map<String, byte[]> values;

    private FormParameters(Map<String, byte[]> values) {
        this.values = values;
    }

    /**
     * Parses {@code a=1&b=x+y%20z}. A malformed escape ({@code %G1}, a lone {@code %}) is kept
     * literally, as lenient gateways do; nothing here throws on odd input.
     */
    static FormParameters parse(String raw) {
        return parse(raw == null ? new byte[0] : raw.getBytes(StandardCharsets.ISO_8859_1));
    }

    static FormParameters parse(byte[] raw) {
        Map<String, byte[]> values = new LinkedHashMap<>();
        int start = 0;
        for (int i = 0; i <= raw.length; i++) {
            if (i == raw.length || raw[i] == '&') {
                if (i > start) {
                    int equals = indexOf(raw, (byte) '=', start, i);
                    byte[] name = decode(raw, start, equals < 0 ? i : equals);
                    byte[] value = equals < 0 ? new byte[0] : decode(raw, equals + 1, i);
                    values.putIfAbsent(new String(name, StandardCharsets.UTF_8), value);
                }
                start = i + 1;
            }
        }
        return new FormParameters(values);
    }

    Optional<byte[]> bytes(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** The value read as UTF-8. */
    Optional<String> text(String name) {
        return bytes(name).map(b -> new String(b, StandardCharsets.UTF_8));
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    private static int indexOf(byte[] raw, byte wanted, int from, int to) {
        for (int i = from; i < to; i++) {
            if (raw[i] == wanted) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] decode(byte[] raw, int from, int to) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(to - from);
        for (int i = from; i < to; i++) {
            byte b = raw[i];
            if (b == '+') {
                out.write(' ');
            } else if (b == '%' && i + 2 < to && hex(raw, i + 1) >= 0) {
                out.write(hex(raw, i + 1));
                i += 2;
            } else {
                out.write(b);
            }
        }
        return out.toByteArray();
    }

    private static int hex(byte[] raw, int at) {
        int high = Character.digit(raw[at], 16);
        int low = Character.digit(raw[at + 1], 16);
        return high < 0 || low < 0 ? -1 : high << 4 | low;
    }
}
