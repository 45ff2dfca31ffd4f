package io.relaypay.sdk.json;

import java.util.Iterator;
import java.util.Map;

/** Compact JSON text: no whitespace, non-ASCII as is, only what RFC 8259 requires escaped. */
final class JsonWriter {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private JsonWriter() {}

    static String write(JsonValue value) {
        StringBuilder out = new StringBuilder(64);
        append(out, value);
        return out.toString();
    }

    // instanceof rather than a pattern switch: each pattern switch is bootstrapped at run time into a
    // spun class, which the agent would keep resident (docs/benchmarks.md, local agent).
    private static void append(StringBuilder out, JsonValue value) {
        if (value instanceof JsonObject object) {
            out.append('{');
            Iterator<Map.Entry<String, JsonValue>> members =
                    object.members().entrySet().iterator();
            while (members.hasNext()) {
                Map.Entry<String, JsonValue> member = members.next();
                string(out, member.getKey());
                out.append(':');
                append(out, member.getValue());
                if (members.hasNext()) {
                    out.append(',');
                }
            }
            out.append('}');
        } else if (value instanceof JsonArray array) {
            out.append('[');
            for (int i = 0; i < array.values().size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                append(out, array.values().get(i));
            }
            out.append(']');
        } else if (value instanceof JsonString(String text)) {
            string(out, text);
        } else if (value instanceof JsonNumber(String literal)) {
            out.append(literal);
        } else if (value instanceof JsonBoolean(boolean flag)) {
            out.append(flag);
        } else {
            out.append("null");
        }
    }

    private static void string(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xf]);
                    } else if (Character.isHighSurrogate(c)
                            && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        // A lone surrogate has no UTF-8 form: escaped, it survives the trip through bytes.
                        out.append("\\u")
                                .append(HEX[c >> 12])
                                .append(HEX[(c >> 8) & 0xf])
                                .append(HEX[(c >> 4) & 0xf])
                                .append(HEX[c & 0xf]);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
