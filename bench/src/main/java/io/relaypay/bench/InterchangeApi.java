package io.relaypay.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The interchange over HTTP as the load uses it: the admin API (merchant, key, top-ups), the
 * merchant API and the checkout pages as a browser without JavaScript sees them. One HTTP/1.1
 * client, no redirects followed: a 303's {@code Location} is the answer.
 */
final class InterchangeApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\"[^>]*value=\"([^\"]*)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final URI base;

    InterchangeApi(URI base) {
        this.base = base;
    }

    /** A created payment: its id and the page the buyer is sent to. */
    record Created(String id, URI checkoutUrl) {}

    /** An answer that was not the one the flow needs. */
    static final class UnexpectedAnswer extends RuntimeException {
        UnexpectedAnswer(String what, HttpResponse<String> response) {
            super(what + " answered " + response.statusCode() + ": " + abbreviate(response.body()));
        }
    }

    /** Creates a merchant (with {@code webhookUrl} if given) and issues a test key; returns the key. */
    String merchantKey(String name, Optional<URI> webhookUrl) {
        Map<String, Object> body = webhookUrl
                .<Map<String, Object>>map(url -> Map.of("name", name, "webhook_url", url.toString()))
                .orElse(Map.of("name", name));
        HttpResponse<String> created = postJson("/admin/v1/merchants", body, InterchangeProcess.ADMIN_TOKEN);
        expect("create merchant", created, 201);
        String id = json(created).get("id").asString();
        HttpResponse<String> key =
                postJson("/admin/v1/merchants/" + id + "/keys", Map.of(), InterchangeProcess.ADMIN_TOKEN);
        expect("issue key", key, 201);
        return json(key).get("secret").asString();
    }

    /** Tops up a buyer's test balance; the reference makes a repeat harmless. */
    void credit(String phone, long amount, String reference) {
        HttpResponse<String> response = postJson(
                "/admin/v1/users/" + URLEncoder.encode(phone, StandardCharsets.UTF_8) + "/credits",
                Map.of("amount", amount, "currency", "EUR", "reference", reference),
                InterchangeProcess.ADMIN_TOKEN);
        if (response.statusCode() != 201 && response.statusCode() != 200) {
            throw new UnexpectedAnswer("credit " + phone, response);
        }
    }

    /**
     * {@code POST /v1/payments}; with {@code confirmPhone} the buyer's number and {@code confirm:
     * true}, so the confirmation text goes out at once and the payment must answer {@code
     * requires_confirmation}.
     */
    Created createPayment(String key, long amount, String reference, Optional<String> confirmPhone) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("amount", amount);
        body.put("currency", "EUR");
        body.put("reference", reference);
        body.put("description", "Load run");
        body.put("success_url", "https://shop.example/ok");
        confirmPhone.ifPresent(phone -> {
            body.put("phone_number", phone);
            body.put("confirm", true);
        });
        HttpResponse<String> response = postJson("/v1/payments", body, key);
        expect("POST /v1/payments", response, 201);
        JsonNode payment = json(response);
        String status = payment.get("status").asString();
        if (confirmPhone.isPresent() && !status.equals("requires_confirmation")) {
            throw new UnexpectedAnswer("POST /v1/payments with confirm: status " + status, response);
        }
        return new Created(
                payment.get("id").asString(),
                URI.create(payment.get("checkout_url").asString()));
    }

    /** {@code GET /v1/payments/{id}}: the status. */
    String status(String key, String paymentId) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve("/v1/payments/" + paymentId))
                .header("Authorization", "Bearer " + key)
                .timeout(TIMEOUT)
                .GET()
                .build());
        expect("GET /v1/payments/{id}", response, 200);
        return json(response).get("status").asString();
    }

    /** Opens the checkout page and returns its form token. */
    String openPage(URI checkoutUrl) {
        HttpResponse<String> page =
                send(HttpRequest.newBuilder(checkoutUrl).timeout(TIMEOUT).GET().build());
        expect("GET /checkout/{id}", page, 200);
        Matcher csrf = CSRF.matcher(page.body());
        if (!csrf.find()) {
            throw new UnexpectedAnswer("GET /checkout/{id} without a form token", page);
        }
        return csrf.group(1);
    }

    /**
     * Posts a checkout form ({@code phone}, {@code code}) and returns where the 303 leads. A
     * {@code notice} in it means the step did not go through (a decline, no route, a wrong code).
     */
    String postForm(URI checkoutUrl, String step, String csrf, String field, String value) {
        String body = Map.of("csrf", csrf, "mode", "page", field, value).entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(checkoutUrl + "/" + step))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .timeout(TIMEOUT)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
        expect("POST /checkout/{id}/" + step, response, 303);
        return response.headers().firstValue("Location").orElse("");
    }

    private HttpResponse<String> postJson(String path, Object body, String bearer) {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + bearer)
                .timeout(TIMEOUT)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(
                    request.method() + " " + request.uri().getPath() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static void expect(String what, HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new UnexpectedAnswer(what, response);
        }
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
