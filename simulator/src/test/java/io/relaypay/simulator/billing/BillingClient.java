package io.relaypay.simulator.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The operator billing API over real HTTP, with the bearer key, as a client such as the interchange uses it. */
final class BillingClient {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI base;
    private final Optional<String> authorization;

    BillingClient(URI base, String apiKey) {
        this(base, Optional.of("Bearer " + apiKey));
    }

    private BillingClient(URI base, Optional<String> authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    /** The same API with another {@code Authorization} header, or none. */
    BillingClient withAuthorization(Optional<String> value) {
        return new BillingClient(base, value);
    }

    Answer post(String path, Object body) throws Exception {
        return post(path, JSON.writeValueAsString(body), Duration.ofSeconds(10));
    }

    Answer post(String path, String body, Duration timeout) throws Exception {
        HttpRequest.Builder request = request(path, timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        return send(request);
    }

    Answer get(String path) throws Exception {
        return send(request(path, Duration.ofSeconds(10)).GET());
    }

    private HttpRequest.Builder request(String path, Duration timeout) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout);
        authorization.ifPresent(a -> request.header("Authorization", a));
        return request;
    }

    private Answer send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response =
                http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(response);
    }

    /** One response; its body read as JSON when asked. */
    record Answer(HttpResponse<String> response) {

        int status() {
            return response.statusCode();
        }

        JsonNode json() {
            return JSON.readTree(response.body());
        }

        Optional<String> header(String name) {
            return response.headers().firstValue(name);
        }

        /** Asserts a problem answer and returns its CAMARA {@code code}; the {@code type} must end in {@code slug}. */
        String problem(int status, String slug) {
            assertThat(status()).as(response.body()).isEqualTo(status);
            assertThat(header("Content-Type")).contains("application/problem+json");
            JsonNode body = json();
            assertThat(body.get("type").stringValue())
                    .isEqualTo("https://relaypay.io/problems/simulator/carrier-billing/" + slug);
            assertThat(body.get("status").asInt()).isEqualTo(status);
            assertThat(body.get("message").stringValue()).isNotBlank();
            return body.get("code").stringValue();
        }
    }
}
