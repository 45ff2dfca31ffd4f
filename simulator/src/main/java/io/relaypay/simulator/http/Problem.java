package io.relaypay.simulator.http;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An RFC 9457 problem detail: {@code type} is stable and machine-readable, {@code detail} is for
 * people.
 */
record Problem(int status, String type, String title, String detail) {

    private static final String BASE = "https://relaypay.io/problems/simulator/";

    static Problem badJson(String detail) {
        return new Problem(400, BASE + "bad-json", "Request body is not valid JSON", detail);
    }

    static Problem invalid(String detail) {
        return new Problem(400, BASE + "invalid-request", "Invalid request", detail);
    }

    static Problem unknownPhone(String msisdn) {
        return new Problem(404, BASE + "unknown-phone", "Unknown phone", "no virtual phone " + msisdn);
    }

    static Problem notFound(String path) {
        return new Problem(404, BASE + "not-found", "Not found", "nothing at " + path);
    }

    static Problem methodNotAllowed(String method) {
        return new Problem(405, BASE + "method-not-allowed", "Method not allowed", method + " is not allowed here");
    }

    static Problem unauthorized() {
        return new Problem(401, BASE + "unauthorized", "Unauthorized", "a valid Bearer API key is required");
    }

    static Problem unsupportedMediaType(String contentType) {
        return new Problem(
                415, BASE + "unsupported-media-type", "Unsupported media type", "cannot read " + contentType);
    }

    static Problem tooLarge(int limit) {
        return new Problem(413, BASE + "too-large", "Request too large", "bodies are limited to " + limit + " bytes");
    }

    static Problem unprocessable(String type, String title, String detail) {
        return new Problem(422, BASE + type, title, detail);
    }

    Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        return body;
    }
}
