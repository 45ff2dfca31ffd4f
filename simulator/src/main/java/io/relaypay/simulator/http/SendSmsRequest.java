package io.relaypay.simulator.http;

import com.sun.net.httpserver.Headers;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The parameters of a Kannel {@code sendsms} request, wherever they came from: the query string
 * (GET), a form body, or {@code X-Kannel-*} headers with the text as a {@code text/plain} body
 * (Kannel's POST form).
 */
final class SendSmsRequest {

    private static final Map<String, String> HEADERS = Map.ofEntries(
            Map.entry("x-kannel-username", "username"),
            Map.entry("x-kannel-password", "password"),
            Map.entry("x-kannel-from", "from"),
            Map.entry("x-kannel-to", "to"),
            Map.entry("x-kannel-coding", "coding"),
            Map.entry("x-kannel-dlr-mask", "dlr-mask"),
            Map.entry("x-kannel-dlr-url", "dlr-url"),
            Map.entry("x-kannel-binfo", "binfo"),
            Map.entry("x-kannel-smsc", "smsc"));

    private final Map<String, byte[]> values;

    private SendSmsRequest(Map<String, byte[]> values) {
        this.values = values;
    }

    static SendSmsRequest of(FormParameters form) {
        Map<String, byte[]> values = new LinkedHashMap<>();
        for (String name : new String[] {
            "username",
            "password",
            "from",
            "to",
            "text",
            "charset",
            "coding",
            "dlr-mask",
            "dlrmask",
            "dlr-url",
            "dlrurl",
            "binfo",
            "smsc"
        }) {
            form.bytes(name).ifPresent(v -> values.put(name, v));
        }
        values.computeIfAbsent("dlr-mask", k -> values.get("dlrmask"));
        values.computeIfAbsent("dlr-url", k -> values.get("dlrurl"));
        return new SendSmsRequest(values);
    }

    static SendSmsRequest of(Headers headers, byte[] body, Optional<String> charset) {
        Map<String, byte[]> values = new LinkedHashMap<>();
        headers.forEach((name, list) -> {
            String key = HEADERS.get(name.toLowerCase(Locale.ROOT));
            if (key != null && !list.isEmpty()) {
                values.put(key, list.getFirst().getBytes(StandardCharsets.UTF_8));
            }
        });
        values.put("text", body);
        charset.ifPresent(c -> values.put("charset", c.getBytes(StandardCharsets.US_ASCII)));
        return new SendSmsRequest(values);
    }

    Optional<String> text(String name) {
        return Optional.ofNullable(values.get(name)).map(v -> new String(v, StandardCharsets.UTF_8));
    }

    Optional<byte[]> bytes(String name) {
        return Optional.ofNullable(values.get(name));
    }
}
