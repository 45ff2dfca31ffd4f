package io.relaypay.simulator.processor.http;

import com.sun.net.httpserver.HttpExchange;
import io.relaypay.simulator.processor.Processor;
import io.relaypay.simulator.processor.ProcessorException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The processor API under {@code /processor/v1} ({@code Authorization: Bearer <key>},
 * {@code Idempotency-Key} on every POST) and the buyer's challenge page under
 * {@code /processor/challenges/{id}} (no key: it is what the issuer shows the card holder).
 */
public final class ProcessorApi {

    private static final Logger log = LoggerFactory.getLogger(ProcessorApi.class);
    static final String BASE = "/processor/v1";

    private final Processor processor;
    private final byte[] apiKey;
    private final Idempotency idempotency = new Idempotency();
    private final ProcessorResources resources;

    /** The API over {@code processor}. */
    public ProcessorApi(Processor processor) {
        this.processor = processor;
        this.apiKey = processor.config().apiKey().getBytes(StandardCharsets.UTF_8);
        this.resources = new ProcessorResources(processor);
    }

    /** Handles one request under {@code /processor/}; the caller closes the exchange. */
    public void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        Reply reply;
        try {
            if (path.startsWith("/processor/challenges/") && method.equals("GET")) {
                reply = resources.challengePage(path.substring("/processor/challenges/".length()));
            } else {
                authenticate(exchange.getRequestHeaders().getFirst("Authorization"));
                if (method.equals("POST")) {
                    byte[] body = ProcessorJson.body(exchange);
                    if (!path.startsWith(BASE + "/control/")
                            && processor.faults().takeRequestDrop()) {
                        log.info("POST {} dropped by fault before any work", path);
                        exchange.close();
                        return;
                    }
                    Optional<String> key =
                            Optional.ofNullable(exchange.getRequestHeaders().getFirst("Idempotency-Key"));
                    reply = idempotency.run(path, key, body, () -> resources.post(path, ProcessorJson.object(body)));
                    // Slow after the work, not before: a client that gives up has still been charged.
                    delay(processor.faults().latency());
                    if (!path.startsWith(BASE + "/control/")
                            && processor.faults().takeDrop()) {
                        log.info("POST {} carried out; answer dropped by fault", path);
                        // Closing before any response header closes the connection: no answer at all.
                        exchange.close();
                        return;
                    }
                } else if (method.equals("GET")) {
                    delay(processor.faults().latency());
                    reply = resources.get(path, query(exchange));
                } else {
                    throw new ProcessorException(405, "method-not-allowed", method + " is not allowed here");
                }
            }
        } catch (ProcessorException e) {
            write(exchange, e.status(), "application/problem+json", ProcessorJson.problem(e), false);
            return;
        }
        write(exchange, reply.status(), "application/json", reply.body(), reply.replayed());
    }

    static String[] segments(String path) {
        if (!path.startsWith(BASE + "/")) {
            throw notFound(path);
        }
        String[] s = path.substring(BASE.length() + 1).split("/", -1);
        for (String part : s) {
            if (part.isEmpty()) {
                throw notFound(path);
            }
        }
        return s;
    }

    private static Map<String, String> query(HttpExchange exchange) {
        String raw = exchange.getRequestURI().getRawQuery();
        Map<String, String> query = new java.util.HashMap<>();
        if (raw == null) {
            return query;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                query.put(
                        URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return query;
    }

    private void authenticate(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw unauthorized();
        }
        byte[] presented = authorization.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(presented, apiKey)) {
            throw unauthorized();
        }
    }

    private static ProcessorException unauthorized() {
        return new ProcessorException(401, "unauthorized", "a valid Bearer API key is required");
    }

    static ProcessorException notFound(String path) {
        return new ProcessorException(404, "not-found", "nothing at " + path);
    }

    private static void delay(Duration latency) {
        if (latency.isZero()) {
            return;
        }
        try {
            Thread.sleep(latency);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void write(HttpExchange exchange, int status, String contentType, Object body, boolean replayed)
            throws IOException {
        byte[] bytes = ProcessorJson.JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        if (replayed) {
            exchange.getResponseHeaders().set("Idempotent-Replayed", "true");
        }
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
