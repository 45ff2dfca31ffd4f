package io.relaypay.interchange.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * A merchant's webhook endpoint: a JDK HttpServer on an ephemeral port that keeps every request
 * (raw body bytes and headers) and answers with scripted statuses, then with a default one.
 */
public final class WebhookEndpoint implements AutoCloseable {

    /**
     * A request as the merchant received it.
     *
     * @param method HTTP method
     * @param headers first value of each header, names in lower case
     * @param raw the body bytes exactly as received
     */
    public record Received(String method, Map<String, String> headers, byte[] raw) {
        /** The body as UTF-8 text. */
        public String body() {
            return new String(raw, StandardCharsets.UTF_8);
        }

        /** A header by lower-case name. */
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Deque<Integer> script = new ArrayDeque<>();
    private final CountDownLatch released = new CountDownLatch(1);
    private volatile int defaultStatus = 200;
    private volatile boolean hanging;
    private volatile Optional<URI> redirectTo = Optional.empty();

    private WebhookEndpoint() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** An endpoint answering 200 to everything. */
    public static WebhookEndpoint start() {
        try {
            return new WebhookEndpoint();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The URL to register as the merchant's webhook URL. */
    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hooks");
    }

    /** Answers the next requests with {@code statuses} in order, then with the default. */
    public synchronized WebhookEndpoint answering(int... statuses) {
        for (int status : statuses) {
            script.add(status);
        }
        return this;
    }

    /** Answers with {@code status} once the script is used up. */
    public WebhookEndpoint answeringAlways(int status) {
        defaultStatus = status;
        return this;
    }

    /** Answers with a 302 to {@code location}. */
    public WebhookEndpoint redirectingTo(URI location) {
        redirectTo = Optional.of(location);
        return this;
    }

    /** Never answers (until closed). */
    public WebhookEndpoint hanging() {
        hanging = true;
        return this;
    }

    /** Every request so far. */
    public List<Received> received() {
        return List.copyOf(received);
    }

    private synchronized int nextStatus() {
        Integer scripted = script.poll();
        return scripted == null ? defaultStatus : scripted;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] raw = exchange.getRequestBody().readAllBytes();
            Map<String, String> headers = exchange.getRequestHeaders().entrySet().stream()
                    .collect(Collectors.toMap(
                            e -> e.getKey().toLowerCase(Locale.ROOT),
                            e -> e.getValue().getFirst(),
                            (a, b) -> a));
            received.add(new Received(exchange.getRequestMethod(), headers, raw));
            if (hanging) {
                released.await();
                return;
            }
            if (redirectTo.isPresent()) {
                exchange.getResponseHeaders().add("Location", redirectTo.get().toString());
                exchange.sendResponseHeaders(302, -1);
                return;
            }
            byte[] answer = "{\"received\":true}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(nextStatus(), answer.length);
            exchange.getResponseBody().write(answer);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
        executor.close();
    }
}
