package io.relaypay.systemtests;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A merchant's webhook endpoint: records every delivery with its signature header, answers 200. */
final class WebhookInbox implements AutoCloseable {

    /**
     * One delivery as received.
     *
     * @param body raw body
     * @param signature the Relaypay-Signature header
     */
    record Delivery(String body, String signature) {}

    private final HttpServer server;
    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();

    WebhookInbox() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hooks", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            deliveries.add(new Delivery(
                    new String(body, StandardCharsets.UTF_8),
                    exchange.getRequestHeaders().getFirst("Relaypay-Signature")));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hooks");
    }

    List<Delivery> deliveries() {
        return List.copyOf(deliveries);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
