package io.relaypay.simulator.interop;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A tiny HTTP server on 127.0.0.1 (ephemeral port) that answers every request {@code 200 OK} with
 * an empty body and records its path and decoded query: it stands in for the web application
 * behind Kannel, receiving the {@code dlr-url} callbacks and the {@code sms-service} MO requests.
 */
final class HttpRecorder implements AutoCloseable {

    /** One request as Kannel sent it: the path and the query parameters, URL-decoded as UTF-8. */
    record Call(String path, Map<String, String> query) {

        /** The value of query parameter {@code name}, or an empty string when absent. */
        String param(String name) {
            return query.getOrDefault(name, "");
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final List<Call> calls = new CopyOnWriteArrayList<>();

    private HttpRecorder(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /** Starts a recorder on a free loopback port. */
    static HttpRecorder start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            HttpRecorder recorder = new HttpRecorder(server, Executors.newVirtualThreadPerTaskExecutor());
            server.createContext("/", recorder::record);
            server.setExecutor(recorder.executor);
            server.start();
            return recorder;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the HTTP recorder", e);
        }
    }

    /** {@code http://127.0.0.1:<port>} followed by {@code path}. */
    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Every call so far whose path is {@code path}, oldest first. */
    List<Call> calls(String path) {
        return calls.stream().filter(call -> call.path().equals(path)).toList();
    }

    private void record(HttpExchange exchange) throws IOException {
        try (exchange) {
            calls.add(new Call(
                    exchange.getRequestURI().getPath(),
                    decode(exchange.getRequestURI().getRawQuery())));
            // A content type keeps smsbox from warning about the (ignored) reply to an MO.
            exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
            exchange.sendResponseHeaders(200, -1);
        }
    }

    /** Splits a raw query on {@code &} and {@code =}; a repeated name keeps its last value. */
    static Map<String, String> decode(String rawQuery) {
        Map<String, String> query = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            query.put(
                    URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return query;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
