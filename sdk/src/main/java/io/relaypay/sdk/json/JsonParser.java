package io.relaypay.sdk.json;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Strict RFC 8259 JSON to {@link JsonValue}s, by recursive descent. The input is untrusted (a token from
 * a web page, a request body), so every refusal is a {@link JsonException} naming what and where, and
 * nesting is bounded so a deep input cannot exhaust the stack.
 */
public final class JsonParser {

    /** Deepest nesting of arrays and objects accepted; the JSON here is two levels deep. */
    public static final int MAX_DEPTH = 32;

    private final String text;
    private int at;

    private JsonParser(String text) {
        this.text = text;
    }

    /**
     * The one JSON value in {@code text}, with only whitespace around it.
     *
     * @throws JsonException if it is not valid JSON
     */
    public static JsonValue parse(String text) {
        JsonParser parser = new JsonParser(text);
        parser.skipWhitespace();
        JsonValue value = parser.value(0);
        parser.skipWhitespace();
        if (parser.at < text.length()) {
            throw parser.error("unexpected content after the JSON value");
        }
        return value;
    }

    /**
     * The one JSON value in {@code utf8}.
     *
     * @throws JsonException if it is not UTF-8 or not valid JSON
     */
    public static JsonValue parse(byte[] utf8) {
        return parse(decode(utf8));
    }

    /** {@code utf8} as text; malformed UTF-8 is refused rather than replaced. */
    static String decode(byte[] utf8) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(utf8))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new JsonException("JSON text is not valid UTF-8");
        }
    }

    /** Whether {@code literal} is exactly one JSON number. */
    static boolean isNumber(String literal) {
        JsonParser parser = new JsonParser(literal);
        return !literal.isEmpty() && parser.numberEnd() == literal.length();
    }

    private JsonValue value(int depth) {
        if (at >= text.length()) {
            throw error("unexpected end of JSON text");
        }
        char c = text.charAt(at);
        return switch (c) {
            case '{' -> object(depth + 1);
            case '[' -> array(depth + 1);
            case '"' -> new JsonString(string());
            case 't' -> literal("true", new JsonBoolean(true));
            case 'f' -> literal("false", new JsonBoolean(false));
            case 'n' -> literal("null", JsonNull.INSTANCE);
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) {
                    yield number();
                }
                throw error("unexpected character " + describe(c));
            }
        };
    }

    private JsonObject object(int depth) {
        requireDepth(depth);
        at++;
        Map<String, JsonValue> members = new LinkedHashMap<>();
        skipWhitespace();
        if (peek() == '}') {
            at++;
            return new JsonObject(members);
        }
        while (true) {
            skipWhitespace();
            if (peek() != '"') {
                throw error("expected a member name in quotes");
            }
            int nameAt = at;
            String name = string();
            skipWhitespace();
            expect(':');
            skipWhitespace();
            JsonValue value = value(depth);
            if (members.putIfAbsent(name, value) != null) {
                // Two parsers may pick different values of a repeated name; refusing leaves no choice.
                at = nameAt;
                throw error("duplicate member name \"" + name + "\"");
            }
            skipWhitespace();
            if (peek() == ',') {
                at++;
            } else if (peek() == '}') {
                at++;
                return new JsonObject(members);
            } else {
                throw error("expected ',' or '}' in an object");
            }
        }
    }

    private JsonArray array(int depth) {
        requireDepth(depth);
        at++;
        List<JsonValue> values = new ArrayList<>();
        skipWhitespace();
        if (peek() == ']') {
            at++;
            return new JsonArray(values);
        }
        while (true) {
            skipWhitespace();
            values.add(value(depth));
            skipWhitespace();
            if (peek() == ',') {
                at++;
            } else if (peek() == ']') {
                at++;
                return new JsonArray(values);
            } else {
                throw error("expected ',' or ']' in an array");
            }
        }
    }

    private String string() {
        at++;
        StringBuilder out = null;
        int start = at;
        while (true) {
            if (at >= text.length()) {
                throw error("unterminated string");
            }
            char c = text.charAt(at);
            if (c == '"') {
                String value = out == null
                        ? text.substring(start, at)
                        : out.append(text, start, at).toString();
                at++;
                return value;
            }
            if (c < 0x20) {
                throw error("control character " + describe(c) + " in a string must be escaped");
            }
            if (c != '\\') {
                at++;
                continue;
            }
            if (out == null) {
                out = new StringBuilder();
            }
            out.append(text, start, at);
            at++;
            out.append(escape());
            start = at;
        }
    }

    private char escape() {
        if (at >= text.length()) {
            throw error("unterminated escape");
        }
        char c = text.charAt(at++);
        return switch (c) {
            case '"' -> '"';
            case '\\' -> '\\';
            case '/' -> '/';
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'u' -> unicodeEscape();
            default -> {
                at--;
                throw error("invalid escape \\" + describe(c));
            }
        };
    }

    private char unicodeEscape() {
        if (at + 4 > text.length()) {
            throw error("incomplete \\u escape");
        }
        int code = 0;
        for (int i = 0; i < 4; i++) {
            int digit = Character.digit(text.charAt(at), 16);
            if (digit < 0 || text.charAt(at) > 'f') {
                throw error("invalid hex digit in a \\u escape");
            }
            code = code * 16 + digit;
            at++;
        }
        return (char) code;
    }

    private JsonNumber number() {
        int start = at;
        int end = numberEnd();
        if (end < 0) {
            throw error("malformed number");
        }
        at = end;
        return new JsonNumber(text.substring(start, end));
    }

    /** Where the number starting at {@code at} ends (RFC 8259 section 6), or -1 if it is malformed. */
    private int numberEnd() {
        int i = at;
        if (i < text.length() && text.charAt(i) == '-') {
            i++;
        }
        if (i < text.length() && text.charAt(i) == '0') {
            i++;
        } else {
            int digits = digits(i);
            if (digits == i) {
                return -1;
            }
            i = digits;
        }
        if (i < text.length() && text.charAt(i) == '.') {
            int digits = digits(i + 1);
            if (digits == i + 1) {
                return -1;
            }
            i = digits;
        }
        if (i < text.length() && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            if (i < text.length() && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                i++;
            }
            int digits = digits(i);
            if (digits == i) {
                return -1;
            }
            i = digits;
        }
        return i;
    }

    private int digits(int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    private JsonValue literal(String word, JsonValue value) {
        if (!text.startsWith(word, at)) {
            throw error("unexpected character " + describe(text.charAt(at)));
        }
        at += word.length();
        return value;
    }

    private void requireDepth(int depth) {
        if (depth > MAX_DEPTH) {
            throw error("nested deeper than " + MAX_DEPTH);
        }
    }

    private void expect(char c) {
        if (peek() != c) {
            throw error("expected '" + c + "'");
        }
        at++;
    }

    /** The character at {@code at}, or 0 at the end (never valid where a token is expected). */
    private char peek() {
        return at < text.length() ? text.charAt(at) : 0;
    }

    private void skipWhitespace() {
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            at++;
        }
    }

    private JsonException error(String what) {
        return new JsonException("invalid JSON at offset " + at + ": " + what);
    }

    private static String describe(char c) {
        if (c >= 0x20 && c < 0x7f) {
            return "'" + c + "'";
        }
        String hex = Integer.toHexString(c).toUpperCase(Locale.ROOT);
        return "U+" + "0".repeat(4 - hex.length()) + hex;
    }
}
