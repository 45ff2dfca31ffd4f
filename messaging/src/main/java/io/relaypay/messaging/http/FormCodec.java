package io.relaypay.messaging.http;

import io.relaypay.messaging.InvalidMessageException;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * Reads and writes {@code application/x-www-form-urlencoded} text (query strings). Decoding is
 * strict, unlike {@link java.net.URLDecoder}: a broken {@code %} escape, a repeated parameter or
 * bytes that are not valid in the declared charset are errors rather than silently replaced
 * characters, because a silently mangled MO text or message id is worse than a 400.
 */
final class FormCodec {
    static final int MAX_PARAMETERS = 32;

    private FormCodec() {}

    /** Joins name/value pairs, each URL-encoded as UTF-8, in the map's iteration order. */
    static String encode(Map<String, String> parameters) {
        var joiner = new StringJoiner("&");
        parameters.forEach((name, value) -> joiner.add(encode(name) + "=" + encode(value)));
        return joiner.toString();
    }

    /** One value URL-encoded as UTF-8 (space as {@code +}). */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The decoded parameters of {@code raw}; names are UTF-8, values stay bytes until their charset is known. */
    static Parameters decode(String raw) {
        var values = new HashMap<String, byte[]>();
        if (raw == null || raw.isEmpty()) {
            return new Parameters(values);
        }
        for (String pair : raw.split("&", -1)) {
            if (pair.isEmpty()) {
                continue;
            }
            if (values.size() == MAX_PARAMETERS) {
                throw new InvalidMessageException("more than " + MAX_PARAMETERS + " parameters");
            }
            int eq = pair.indexOf('=');
            String name = text(percentDecode(eq < 0 ? pair : pair.substring(0, eq)), StandardCharsets.UTF_8, "name");
            byte[] value = eq < 0 ? new byte[0] : percentDecode(pair.substring(eq + 1));
            if (values.putIfAbsent(name, value) != null) {
                throw new InvalidMessageException("parameter " + Quoted.of(name) + " given more than once");
            }
        }
        return new Parameters(values);
    }

    /** Decodes {@code bytes} in {@code charset}, failing on malformed or unmappable input. */
    static String text(byte[] bytes, Charset charset, String what) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidMessageException(what + " is not valid " + charset.name());
        }
    }

    private static byte[] percentDecode(String encoded) {
        var out = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '+') {
                out.write(' ');
            } else if (c == '%') {
                if (i + 2 >= encoded.length()) {
                    throw new InvalidMessageException("truncated % escape at the end of " + Quoted.of(encoded));
                }
                int high = Character.digit(encoded.charAt(i + 1), 16);
                int low = Character.digit(encoded.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    throw new InvalidMessageException("bad % escape in " + Quoted.of(encoded));
                }
                out.write(high << 4 | low);
                i += 2;
            } else if (c < 0x80) {
                out.write(c);
            } else {
                // A raw non-ASCII character some clients leave unescaped: take its UTF-8 bytes.
                int end = Character.isHighSurrogate(c) && i + 1 < encoded.length() ? i + 2 : i + 1;
                out.writeBytes(encoded.substring(i, end).getBytes(StandardCharsets.UTF_8));
                i = end - 1;
            }
        }
        return out.toByteArray();
    }

    /** Decoded parameters by name. */
    record Parameters(Map<String, byte[]> values) {
        /** The value of {@code name} as UTF-8 text, if present. */
        Optional<String> optional(String name) {
            return Optional.ofNullable(values.get(name)).map(bytes -> text(bytes, StandardCharsets.UTF_8, name));
        }

        /** The value of {@code name} as UTF-8 text; missing or empty is an error. */
        String required(String name) {
            String value = optional(name).orElse("");
            if (value.isEmpty()) {
                throw new InvalidMessageException("parameter '" + name + "' is required");
            }
            return value;
        }

        /** The raw bytes of {@code name}, if present. */
        Optional<byte[]> bytes(String name) {
            return Optional.ofNullable(values.get(name));
        }
    }
}
