package io.relaypay.messaging.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Expands Kannel's {@code %x} escape codes in a URL template the way Kannel does: values URL-encoded. */
final class KannelEscapes {
    private KannelEscapes() {}

    static String expand(String template, Map<Character, String> values) {
        var out = new StringBuilder();
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '%' && i + 1 < template.length() && values.containsKey(template.charAt(i + 1))) {
                out.append(URLEncoder.encode(values.get(template.charAt(i + 1)), StandardCharsets.UTF_8));
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
