package io.relaypay.simulator.http;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Outgoing HTTP callbacks (delivery reports, MO reports) with retries: a callback that fails
 * (connection error or non-2xx) is tried again every {@code retryInterval}, up to {@link
 * #MAX_ATTEMPTS} times.
 */
final class Callbacks implements AutoCloseable {

    static final int MAX_ATTEMPTS = 30;
    private static final Logger log = LoggerFactory.getLogger(Callbacks.class);

    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newVirtualThreadPerTaskExecutor())
            .build();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("simulator-callbacks").factory());
    private final Duration retryInterval;

    Callbacks(Duration retryInterval) {
        this.retryInterval = retryInterval;
    }

    /** GETs {@code uri} after {@code delay}. */
    void get(URI uri, Duration delay, String what) {
        schedule(
                HttpRequest.newBuilder(uri)
                        .timeout(Duration.ofSeconds(10))
                        .GET()
                        .build(),
                delay,
                what,
                1);
    }

    /** POSTs a JSON body to {@code uri} after {@code delay}. */
    void postJson(URI uri, byte[] json, Duration delay, String what) {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json))
                .build();
        schedule(request, delay, what, 1);
    }

    private void schedule(HttpRequest request, Duration delay, String what, int attempt) {
        try {
            timer.schedule(() -> send(request, what, attempt), delay.toNanos(), TimeUnit.NANOSECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            log.debug("{} to {} dropped: simulator stopping", what, request.uri());
        }
    }

    private void send(HttpRequest request, String what, int attempt) {
        client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
            if (error == null && response.statusCode() / 100 == 2) {
                log.debug("{} to {} answered {}", what, request.uri(), response.statusCode());
                return;
            }
            String failure = error != null ? error.toString() : "status " + response.statusCode();
            if (attempt >= MAX_ATTEMPTS) {
                log.warn("{} to {} given up after {} attempts: {}", what, request.uri(), attempt, failure);
                return;
            }
            log.info(
                    "{} to {} failed ({}); attempt {} in {} ms",
                    what,
                    request.uri(),
                    failure,
                    attempt + 1,
                    retryInterval.toMillis());
            schedule(request, retryInterval, what, attempt + 1);
        });
    }

    @Override
    public void close() {
        timer.shutdownNow();
        client.shutdownNow();
    }
}
