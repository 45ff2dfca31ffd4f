package io.relaypay.sdk;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * Sends one merchant API request and returns its JSON, retrying what {@link RetryPolicy} calls safe,
 * and turning error answers into {@link ProblemException}s.
 */
final class Transport {

    static final String USER_AGENT = "relaypay-java/0.1";

    private final String baseUrl;
    private final String authorization;
    private final HttpClient http;
    private final Duration requestTimeout;
    private final RetryPolicy retries;
    private final Clock clock;
    private final Sleeper sleeper;

    Transport(
            URI baseUrl,
            String apiKey,
            HttpClient http,
            Duration requestTimeout,
            RetryPolicy retries,
            Clock clock,
            Sleeper sleeper) {
        String base = baseUrl.toString();
        this.baseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.authorization = "Bearer " + apiKey;
        this.http = http;
        this.requestTimeout = requestTimeout;
        this.retries = retries;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** GETs {@code path} and reads the answer with {@code reader}. */
    <T> T get(String path, Map<String, String> query, Function<JsonNode, T> reader) {
        String queryString = query.isEmpty()
                ? ""
                : query.entrySet().stream()
                        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&", "?", ""));
        return send(request(path + queryString).GET().build(), reader);
    }

    /** POSTs {@code body}; every attempt carries the same {@code idempotencyKey}. */
    <T> T post(String path, JsonNode body, String idempotencyKey, Function<JsonNode, T> reader) {
        HttpRequest request = request(path)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofByteArray(JsonCodec.write(body)))
                .build();
        return send(request, reader);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(requestTimeout)
                .header("Authorization", authorization)
                .header("Accept", "application/json")
                .header("User-Agent", USER_AGENT);
    }

    private <T> T send(HttpRequest request, Function<JsonNode, T> reader) {
        for (int attempt = 1; ; attempt++) {
            boolean lastAttempt = attempt > retries.maxRetries();
            HttpResponse<byte[]> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                // No answer: the request may or may not have arrived; the idempotency key makes a repeat safe.
                if (lastAttempt) {
                    throw new ApiConnectionException(
                            request.method() + " " + request.uri().getPath() + ": " + e, attempt, e);
                }
                pause(backoff(attempt), request, attempt);
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ApiConnectionException("interrupted", attempt, e);
            }
            int status = response.statusCode();
            byte[] body = response.body();
            if (status >= 200 && status < 300) {
                try {
                    return reader.apply(JsonCodec.parse(body, "response"));
                } catch (UnreadableJsonException e) {
                    throw Problems.unreadable(status, e);
                }
            }
            Optional<Duration> retryAfter = RetryAfter.parse(response.headers().firstValue("Retry-After"), clock);
            ProblemException error = Problems.exception(status, body, retryAfter);
            Optional<Duration> wait = lastAttempt ? Optional.empty() : retryWait(error, retryAfter, attempt);
            if (wait.isEmpty()) {
                throw error;
            }
            pause(wait.get(), request, attempt);
        }
    }

    /** The wait before repeating after {@code error}; empty when it must not be repeated. */
    private Optional<Duration> retryWait(ProblemException error, Optional<Duration> retryAfter, int attempt) {
        boolean retryable = switch (error) {
            case RateLimitException e -> retryAfter.isPresent();
            case ConflictException e -> e.type().equals(ProblemTypes.IDEMPOTENCY_KEY_IN_USE);
            case ApiException e -> e.status() >= 500;
            default -> false;
        };
        if (!retryable) {
            return Optional.empty();
        }
        if (retryAfter.isPresent()) {
            return retryAfter.get().compareTo(retries.maxRetryAfter()) <= 0 ? retryAfter : Optional.empty();
        }
        return Optional.of(backoff(attempt));
    }

    private Duration backoff(int attempt) {
        return retries.backoff(attempt - 1, ThreadLocalRandom.current().nextDouble());
    }

    private void pause(Duration wait, HttpRequest request, int attempt) {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiConnectionException(
                    request.method() + " " + request.uri().getPath() + ": interrupted while waiting to retry",
                    attempt,
                    e);
        }
    }
}
