package io.relaypay.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.LongAdder;

/**
 * The merchant's webhook endpoint for a load run: answers every POST with 204 at once and counts
 * them, so the interchange does its whole delivery work and the merchant costs next to nothing.
 */
final class WebhookSink implements AutoCloseable {

    private final HttpServer server;
    private final LongAdder deliveries = new LongAdder();

    private WebhookSink(HttpServer server) {
        this.server = server;
    }

    /** Listens on an ephemeral loopback port. */
    static WebhookSink start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
            WebhookSink sink = new WebhookSink(server);
            server.createContext("/webhooks", exchange -> {
                try (InputStream body = exchange.getRequestBody()) {
                    body.transferTo(java.io.OutputStream.nullOutputStream());
                }
                sink.deliveries.increment();
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

    long deliveries() {
        return deliveries.sum();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
