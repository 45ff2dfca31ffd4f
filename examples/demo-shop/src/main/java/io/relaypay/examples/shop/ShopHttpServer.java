package io.relaypay.examples.shop;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The JDK HTTP server with a virtual thread per request. Bound before it serves, so the shop can learn
 * the port the system picked (port 0) before it builds the links it gives Relaypay.
 */
final class ShopHttpServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    private ShopHttpServer(HttpServer server) {
        this.server = server;
        server.setExecutor(executor);
    }

    static ShopHttpServer bind(InetSocketAddress address) throws IOException {
        return new ShopHttpServer(HttpServer.create(address, 64));
    }

    int port() {
        return server.getAddress().getPort();
    }

    void serve(HttpHandler handler) {
        server.createContext("/", handler);
        server.start();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
