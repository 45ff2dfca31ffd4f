package io.relaypay.simulator.smtp;

import io.relaypay.simulator.codec.MalformedMessageException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The text of a single-part {@code text/plain} email (RFC 5322 headers, RFC 2045 body) as an SMS
 * would carry it: the body decoded from {@code 7bit}, {@code 8bit}, {@code quoted-printable} or
 * {@code base64} in its charset, line breaks as {@code \n}, trailing blank space removed; the
 * subject when the body is empty.
 */
public final class MimeText {

    private MimeText() {}

    /**
     * Decodes a message as received after DATA (dot-unstuffed, CRLF line ends).
     *
     * @throws MalformedMessageException if it is not single-part text/plain, names an unknown
     *     charset or transfer encoding, or its base64 is broken
     */
    public static String decode(byte[] message) {
        int split = headerEnd(message);
        String headerBlock = new String(message, 0, split < 0 ? message.length : split, StandardCharsets.ISO_8859_1);
        byte[] body = split < 0
                ? new byte[0]
                : java.util.Arrays.copyOfRange(message, bodyStart(message, split), message.length);
        Map<String, String> headers = headers(headerBlock);

        String contentType = headers.getOrDefault("content-type", "text/plain; charset=us-ascii");
        String mediaType = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!mediaType.equals("text/plain")) {
            throw new MalformedMessageException("only single-part text/plain mail can become an SMS, got " + mediaType);
        }
        Charset charset = charset(parameter(contentType, "charset").orElse("us-ascii"));
        String encoding = headers.getOrDefault("content-transfer-encoding", "7bit")
                .strip()
                .toLowerCase(Locale.ROOT);
        byte[] decoded = switch (encoding) {
            case "7bit", "8bit", "binary" -> body;
            case "quoted-printable" -> quotedPrintable(body);
            case "base64" -> base64(body);
            default -> throw new MalformedMessageException("unknown Content-Transfer-Encoding " + encoding);
        };
        String text = new String(decoded, charset).replace("\r\n", "\n").stripTrailing();
        if (text.isEmpty()) {
            return headers.getOrDefault("subject", "").strip();
        }
        return text;
    }

    private static int headerEnd(byte[] m) {
        for (int i = 0; i + 1 < m.length; i++) {
            if (m[i] == '\n' && m[i + 1] == '\n') {
                return i;
            }
            if (m[i] == '\n' && m[i + 1] == '\r' && i + 2 < m.length && m[i + 2] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static int bodyStart(byte[] m, int headerEnd) {
        return m[headerEnd + 1] == '\r' ? headerEnd + 3 : headerEnd + 2;
    }

    private static Map<String, String> headers(String block) {
        Map<String, String> headers = new LinkedHashMap<>();
        String unfolded = block.replaceAll("\r?\n[ \t]+", " ");
        for (String line : unfolded.split("\r?\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.putIfAbsent(
                        line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        line.substring(colon + 1).strip());
            }
        }
        return headers;
    }

    private static java.util.Optional<String> parameter(String headerValue, String name) {
        String[] parts = headerValue.split(";");
        for (int i = 1; i < parts.length; i++) {
            String[] pair = parts[i].split("=", 2);
            if (pair.length == 2 && pair[0].strip().equalsIgnoreCase(name)) {
                return java.util.Optional.of(pair[1].strip().replace("\"", ""));
            }
        }
        return java.util.Optional.empty();
    }

    private static Charset charset(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            throw new MalformedMessageException("unknown charset " + name);
        }
    }

    /** RFC 2045 6.7; a malformed {@code =} sequence is kept as is, as the RFC recommends. */
    static byte[] quotedPrintable(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length);
        for (int i = 0; i < body.length; i++) {
            byte b = body[i];
            if (b != '=') {
                out.write(b);
                continue;
            }
            if (i + 1 < body.length && body[i + 1] == '\n') {
                i += 1; // soft line break (bare LF)
            } else if (i + 2 < body.length && body[i + 1] == '\r' && body[i + 2] == '\n') {
                i += 2; // soft line break
            } else if (i + 2 < body.length
                    && Character.digit(body[i + 1], 16) >= 0
                    && Character.digit(body[i + 2], 16) >= 0) {
                out.write(Character.digit(body[i + 1], 16) << 4 | Character.digit(body[i + 2], 16));
                i += 2;
            } else {
                out.write(b);
            }
        }
        return out.toByteArray();
    }

    private static byte[] base64(byte[] body) {
        try {
            return Base64.getMimeDecoder().decode(body);
        } catch (IllegalArgumentException e) {
            throw new MalformedMessageException("broken base64 body: " + e.getMessage());
        }
    }
}
