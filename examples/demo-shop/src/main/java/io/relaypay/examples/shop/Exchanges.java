package io.relaypay.examples.shop;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Reading requests and writing responses on the JDK HTTP server. */
final class Exchanges {

    static final int MAX_BODY = 1 << 20;

    /** A request that cannot be served, with the status and the page to answer. */
    static final class Refusal extends RuntimeException {
        final int status;

        Refusal(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    private Exchanges() {}

    static byte[] body(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(MAX_BODY + 1);
            if (body.length > MAX_BODY) {
                throw new Refusal(413, "The request body is larger than " + MAX_BODY + " bytes.");
            }
            return body;
        }
    }

    /** The fields of an {@code application/x-www-form-urlencoded} body; later duplicates are ignored. */
    static Map<String, String> form(HttpExchange exchange) throws IOException {
        String body = new String(body(exchange), StandardCharsets.UTF_8);
        Map<String, String> fields = new HashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            try {
                String key = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                fields.putIfAbsent(key, value);
            } catch (IllegalArgumentException e) {
                throw new Refusal(400, "The form is not properly encoded.");
            }
        }
        return fields;
    }

    /** The first value of {@code name} in the query string. */
    static Optional<String> query(HttpExchange exchange, String name) {
        String query = exchange.getRequestURI().getRawQuery();
        if (query == null) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).equals(name)) {
                try {
                    return Optional.of(URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
                } catch (IllegalArgumentException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    static void html(HttpExchange exchange, int status, String html) throws IOException {
        send(exchange, status, "text/html; charset=utf-8", html);
    }

    static void text(HttpExchange exchange, int status, String text) throws IOException {
        send(exchange, status, "text/plain; charset=utf-8", text);
    }

    /**
     * The agent checkout page: the one page with a script. Scripts only from the shop itself, and
     * connections only to the shop and the buyer's agent.
     */
    static void agentPage(HttpExchange exchange, String html, String agentOrigin) throws IOException {
        send(
                exchange,
                200,
                "text/html; charset=utf-8",
                html,
                "default-src 'none'; script-src 'self'; connect-src 'self' " + agentOrigin
                        + "; style-src 'unsafe-inline'");
    }

    static void script(HttpExchange exchange, String javascript) throws IOException {
        send(exchange, 200, "text/javascript; charset=utf-8", javascript);
    }

    /** A small JSON answer; {@code json} is built by the caller from values that need no escaping. */
    static void json(HttpExchange exchange, int status, String json) throws IOException {
        send(exchange, status, "application/json", json);
    }

    static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(303, -1);
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        // No scripts at all, styles only inline: an escaping slip still could not run code.
        send(exchange, status, contentType, body, "default-src 'none'; style-src 'unsafe-inline'");
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body, String policy)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", contentType);
        headers.set("Cache-Control", "no-store");
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Content-Security-Policy", policy);
        headers.set("Referrer-Policy", "same-origin");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
