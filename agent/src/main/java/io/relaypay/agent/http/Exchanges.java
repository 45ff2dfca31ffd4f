package io.relaypay.agent.http;

import com.sun.net.httpserver.HttpExchange;
import io.relaypay.sdk.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

/** Reading JSON requests and writing JSON answers on the JDK HTTP server. */
final class Exchanges {

    private Exchanges() {}

    /**
     * The body as a JSON object. Only {@code application/json} is read: a form or text post is what
     * a page can send without a CORS preflight, so refusing it makes every write go through one.
     */
    static JsonObject jsonBody(HttpExchange exchange, int maxBytes) throws IOException {
        List<String> types = exchange.getRequestHeaders().get("Content-Type");
        if (types == null || types.size() != 1 || !isJson(types.getFirst())) {
            throw Refusal.of(AgentProblem.UNSUPPORTED_MEDIA_TYPE, "send the body as application/json");
        }
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        if (length != null && parsesAbove(length, maxBytes)) {
            throw Refusal.of(AgentProblem.REQUEST_TOO_LARGE, "the body is larger than " + maxBytes + " bytes");
        }
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readNBytes(maxBytes + 1);
        }
        if (body.length > maxBytes) {
            throw Refusal.of(AgentProblem.REQUEST_TOO_LARGE, "the body is larger than " + maxBytes + " bytes");
        }
        return Json.parseObject(body);
    }

    private static boolean isJson(String contentType) {
        String[] parts = contentType.toLowerCase(Locale.ROOT).split(";");
        if (!parts[0].strip().equals("application/json")) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            if (!parts[i].strip().equals("charset=utf-8")) {
                return false;
            }
        }
        return true;
    }

    private static boolean parsesAbove(String length, int max) {
        try {
            return Long.parseLong(length.strip()) > max;
        } catch (NumberFormatException e) {
            throw Refusal.of(AgentProblem.INVALID_REQUEST, "bad Content-Length");
        }
    }

    static void json(HttpExchange exchange, int status, JsonObject body) throws IOException {
        send(exchange, status, "application/json", body.toJsonBytes());
    }

    static void problem(HttpExchange exchange, Refusal refusal) throws IOException {
        JsonObject.Builder body = JsonObject.builder()
                .put("type", refusal.type())
                .put("title", refusal.title())
                .put("status", refusal.status());
        refusal.detail().ifPresent(d -> body.put("detail", d));
        send(exchange, refusal.status(), "application/problem+json", body.toJsonBytes());
    }

    static void noContent(HttpExchange exchange) throws IOException {
        secure(exchange);
        exchange.sendResponseHeaders(204, -1);
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        secure(exchange);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void secure(HttpExchange exchange) {
        var headers = exchange.getResponseHeaders();
        headers.set("Cache-Control", "no-store");
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        headers.set("Cross-Origin-Resource-Policy", "same-origin");
        // Every answer varies by Origin, also those without CORS headers, so no cache mixes them up.
        headers.add("Vary", "Origin");
    }
}
