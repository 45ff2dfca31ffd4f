package io.relaypay.interchange.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small JSON client over the JDK's HttpClient, speaking to a running server as a merchant would. */
public final class Http {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient client = HttpClient.newHttpClient();
    private final URI base;
    private final String bearer;

    /** A client for {@code base}, sending {@code bearer} as the Authorization token (null: none). */
    public Http(URI base, String bearer) {
        this.base = base;
        this.bearer = bearer;
    }

    /** The same server with another token. */
    public Http as(String token) {
        return new Http(base, token);
    }

    /**
     * A response.
     *
     * @param status HTTP status
     * @param headers response headers
     * @param raw body text
     */
    public record Response(int status, HttpHeaders headers, String raw) {
        /** The body as JSON. */
        public JsonNode json() {
            return JSON.readTree(raw);
        }

        /** A top-level text field. */
        public String text(String field) {
            JsonNode node = json().get(field);
            return node == null || node.isNull() ? null : node.asString();
        }

        /** The problem type's last path segment. */
        public String problem() {
            String type = text("type");
            return type == null ? null : type.substring(type.lastIndexOf('/') + 1);
        }

        /** The content type header. */
        public String contentType() {
            return headers.firstValue("content-type").orElse("");
        }
    }

    /** GET a path. */
    public Response get(String path) {
        return send(request(path).GET());
    }

    /** POST a JSON body (a map, or a raw string sent as is). */
    public Response post(String path, Object body) {
        return post(path, body, Map.of());
    }

    /** POST with extra headers. */
    public Response post(String path, Object body, Map<String, String> headers) {
        String text = body instanceof String s ? s : JSON.writeValueAsString(body);
        HttpRequest.Builder builder = request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(text));
        headers.forEach(builder::header);
        return send(builder);
    }

    /** POST with an explicit content type. */
    public Response postAs(String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** PUT a body with an explicit content type. */
    public Response put(String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType).PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** DELETE a path. */
    public Response delete(String path) {
        return send(request(path).DELETE());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path));
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        return builder;
    }

    private Response send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
