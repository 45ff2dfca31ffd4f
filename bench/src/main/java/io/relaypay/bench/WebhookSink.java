package io.relaypay.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The merchant's webhook endpoint for a load run: answers every POST with 204 at once and counts
 * them, so the interchange does its whole delivery work and the merchant costs next to nothing. A
 * buyer waiting for its payment's {@code payment.succeeded} learns of it here, as a merchant's
 * backend would.
 */
final class WebhookSink implements AutoCloseable {

    private final HttpServer server;
    private static final Pattern SUCCEEDED = Pattern.compile("\"type\"\\s*:\\s*\"payment\\.succeeded\"");
    private static final Pattern PAYMENT_ID = Pattern.compile("\"(pay_[A-Za-z0-9]+)\"");

    private final LongAdder deliveries = new LongAdder();
    private final Map<String, CompletableFuture<Void>> succeeded = new ConcurrentHashMap<>();

    private WebhookSink(HttpServer server) {
        this.server = server;
    }

    /** Listens on an ephemeral loopback port. */
    static WebhookSink start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
            WebhookSink sink = new WebhookSink(server);
            server.createContext("/webhooks", exchange -> {
                String body;
                try (InputStream in = exchange.getRequestBody()) {
                    body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                sink.deliveries.increment();
                sink.received(body);
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            });
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.start();
            return sink;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the webhook sink", e);
        }
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/webhooks");
    }

    /**
     * Completes when {@code paymentId}'s {@code payment.succeeded} arrives; call before the step
     * that can succeed it, and {@link #forget} after.
     */
    CompletableFuture<Void> succeeded(String paymentId) {
        return succeeded.computeIfAbsent(paymentId, id -> new CompletableFuture<>());
    }

    /** Forgets a payment whose success was seen or given up on. */
    void forget(String paymentId) {
        succeeded.remove(paymentId);
    }

    private void received(String body) {
        if (!SUCCEEDED.matcher(body).find()) {
            return;
        }
        Matcher id = PAYMENT_ID.matcher(body);
        // Only a waiting buyer's payment: repeats (delivery is at least once) find nobody.
        CompletableFuture<Void> waiting = id.find() ? succeeded.get(id.group(1)) : null;
        if (waiting != null) {
            waiting.complete(null);
        }
    }

    long deliveries() {
        return deliveries.sum();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
