package io.relaypay.sdk;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A JDK HTTP server on an ephemeral port that answers each request with the next canned response and
 * records what it received; with nothing queued it answers 500. A client under test talks real HTTP
 * to it.
 */
final class CannedApiServer implements AutoCloseable {

    record Recorded(String method, String path, String query, Headers headers, String body) {
        String header(String name) {
            return headers.getFirst(name);
        }
    }

    record Canned(int status, Map<String, String> headers, String body) {}

    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final Queue<Canned> answers = new ConcurrentLinkedQueue<>();
    private final List<Recorded> requests = new CopyOnWriteArrayList<>();
    private final List<Duration> waits = new CopyOnWriteArrayList<>();

    CannedApiServer() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(executor);
        server.createContext("/", exchange -> {
            try (exchange) {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                URI uri = exchange.getRequestURI();
                requests.add(new Recorded(
                        exchange.getRequestMethod(),
                        uri.getRawPath(),
                        uri.getRawQuery(),
                        exchange.getRequestHeaders(),
                        body));
                Canned answer = answers.poll();
                if (answer == null) {
                    answer = new Canned(500, Map.of(), "no canned response left");
                }
                answer.headers().forEach(exchange.getResponseHeaders()::set);
                byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
                if (bytes.length > 0) {
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(bytes);
                    }
                }
            }
        });
        server.start();
    }

    CannedApiServer answer(int status, String json) {
        answers.add(new Canned(status, Map.of("Content-Type", "application/json"), json));
        return this;
    }

    CannedApiServer answerProblem(int status, String type, String detail) {
        answers.add(new Canned(
                status,
                Map.of("Content-Type", "application/problem+json"),
                "{\"type\":\"%s\",\"title\":\"t\",\"status\":%d,\"detail\":\"%s\"}".formatted(type, status, detail)));
        return this;
    }

    CannedApiServer answerRaw(int status, Map<String, String> headers, String body) {
        answers.add(new Canned(status, headers, body));
        return this;
    }

    List<Recorded> requests() {
        return new ArrayList<>(requests);
    }

    /** The waits the client asked for between retries, instead of waiting. */
    List<Duration> waits() {
        return new ArrayList<>(waits);
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** A client for this server that records its retry waits instead of sleeping. */
    RelaypayClient client() {
        return client(RetryPolicy.defaults());
    }

    RelaypayClient client(RetryPolicy retries) {
        return RelaypayClient.builder()
                .baseUrl(baseUrl())
                .apiKey("sk_test_abc")
                .retryPolicy(retries)
                .sleeper(waits::add)
                .build();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
