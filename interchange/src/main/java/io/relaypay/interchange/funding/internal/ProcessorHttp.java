package io.relaypay.interchange.funding.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The processor API ({@code /processor/v1}) over the JDK client: bearer key, an
 * {@code Idempotency-Key} on every POST, and every answer sorted into an object, a refusal (4xx:
 * nothing changed) or no answer (timeout, dropped connection, 5xx, 429, unreadable).
 */
public final class ProcessorHttp {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** What the processor answered. */
    sealed interface Answer {
        /** A 2xx with its JSON body. */
        record Ok(JsonNode body) implements Answer {}

        /** A 4xx: the request was refused, nothing changed. */
        record Refused(int status, String code, String detail) implements Answer {}

        /** Nothing usable: the request may or may not have been carried out. */
        record NoAnswer(String why) implements Answer {}
    }

    private final HttpClient client;
    private final URI base;
    private final String key;
    private final Duration timeout;

    /**
     * A client of the processor at {@code base}.
     *
     * @param base e.g. {@code http://127.0.0.1:8081/processor/v1}
     * @param key the bearer key
     * @param timeout longer is an unknown outcome
     */
    public ProcessorHttp(URI base, String key, Duration timeout) {
        this.base = URI.create(Objects.requireNonNull(base, "base").toString().replaceAll("/+$", ""));
        this.key = Objects.requireNonNull(key, "key");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    Answer post(String path, String idempotencyKey, Map<String, ?> body) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build());
    }

    Answer get(String path) {
        return send(request(path).GET().build());
    }

    /** The first object of a {@code ?reference=} list; an empty list is an {@code Ok} of a missing node. */
    Answer findByReference(String collection, String reference) {
        Answer answer = get("/" + collection + "?reference=" + URLEncoder.encode(reference, StandardCharsets.UTF_8));
        if (answer instanceof Answer.Ok ok) {
            JsonNode data = ok.body().path("data");
            return new Answer.Ok(data.isArray() && !data.isEmpty() ? data.get(data.size() - 1) : JSON.missingNode());
        }
        return answer;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path))
                .timeout(timeout)
                .header("Authorization", "Bearer " + key)
                .header("Accept", "application/json");
    }

    private Answer send(HttpRequest request) {
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return new Answer.NoAnswer(request.method() + " " + request.uri().getPath() + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer.NoAnswer("interrupted");
        }
        int status = response.statusCode();
        if (status >= 500 || status == 429 || status == 408) {
            return new Answer.NoAnswer("processor answered " + status);
        }
        JsonNode body;
        try {
            body = response.body().isEmpty() ? JSON.missingNode() : JSON.readTree(response.body());
        } catch (JacksonException e) {
            return new Answer.NoAnswer("processor answered " + status + " with unreadable JSON");
        }
        if (status >= 400) {
            return new Answer.Refused(
                    status,
                    body.path("code").asString("http_" + status),
                    body.path("detail").asString("refused"));
        }
        return new Answer.Ok(body);
    }
}
