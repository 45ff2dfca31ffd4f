package io.relaypay.examples.shop;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Just enough of the interchange for the shop, written from docs/api.md: {@code POST /v1/payments}
 * (Bearer key, JSON body, idempotency keys with replay and reuse detection) and {@code GET
 * /v1/payments/{id}}, over real HTTP. Tests move payments along with {@link #setStatus} and build the
 * webhook bodies the real server would send.
 */
final class StubInterchange implements AutoCloseable {

    static final String KEY = "sk_test_stubstubstubstubstubstubstub12";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    record Request(String method, String path, Optional<String> idempotencyKey, String body) {}

    private record Keyed(String body, String paymentId) {}

    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final Clock clock;
    private final Map<String, ObjectNode> payments = new ConcurrentHashMap<>();
    private final Map<String, Keyed> keys = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();
    private volatile String requiredKey = KEY;

    StubInterchange(Clock clock) {
        this.clock = clock;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(executor);
        server.createContext("/v1/payments", this::handle);
        server.start();
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** From now on, accepts only this key (so the shop's key is refused with 401). */
    void requireKey(String key) {
        requiredKey = key;
    }

    List<Request> requests() {
        return new ArrayList<>(requests);
    }

    int paymentCount() {
        return payments.size();
    }

    ObjectNode payment(String id) {
        return payments.get(id).deepCopy();
    }

    /** Moves a payment to {@code status}, as the interchange would while the buyer pays. */
    void setStatus(String paymentId, String status, Optional<String> failureMessage) {
        payments.computeIfPresent(paymentId, (id, p) -> {
            ObjectNode changed = p.deepCopy();
            changed.put("status", status);
            failureMessage.ifPresentOrElse(
                    m -> changed.put("failure_message", m), () -> changed.putNull("failure_message"));
            return changed;
        });
    }

    /** Gives a payment the shipping address the buyer's phone chose, as the interchange does once paid. */
    void shipTo(String paymentId, String name, String line1, String city, String postalCode, String country) {
        payments.computeIfPresent(paymentId, (id, p) -> {
            ObjectNode changed = p.deepCopy();
            ObjectNode address = changed.putObject("shipping_address");
            address.put("name", name);
            address.put("line1", line1);
            address.putNull("line2");
            address.put("city", city);
            address.putNull("region");
            address.put("postal_code", postalCode);
            address.put("country", country);
            return changed;
        });
    }

    /** The webhook body the interchange would send for this payment as it stands now. */
    String event(String eventId, String type, String paymentId) {
        ObjectNode event = JSON.createObjectNode();
        event.put("id", eventId);
        event.put("object", "event");
        event.put("type", type);
        event.put("created", clock.instant().getEpochSecond());
        event.put("livemode", false);
        event.putObject("data").set("object", payment(paymentId));
        return JSON.writeValueAsString(event);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getPath();
            Optional<String> key =
                    Optional.ofNullable(exchange.getRequestHeaders().getFirst("Idempotency-Key"));
            requests.add(new Request(exchange.getRequestMethod(), path, key, body));
            if (!("Bearer " + requiredKey).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                problem(exchange, 401, "unauthorized", "unknown key");
            } else if (exchange.getRequestMethod().equals("POST") && path.equals("/v1/payments")) {
                create(exchange, body, key);
            } else if (exchange.getRequestMethod().equals("GET") && path.startsWith("/v1/payments/")) {
                ObjectNode payment = payments.get(path.substring("/v1/payments/".length()));
                if (payment == null) {
                    problem(exchange, 404, "not-found", "no such payment");
                } else {
                    send(exchange, 200, "application/json", JSON.writeValueAsString(payment));
                }
            } else {
                problem(exchange, 404, "not-found", "not part of the stub");
            }
        }
    }

    private void create(HttpExchange exchange, String body, Optional<String> key) throws IOException {
        if (key.isPresent() && keys.containsKey(key.get())) {
            Keyed first = keys.get(key.get());
            if (!first.body().equals(body)) {
                problem(exchange, 409, "idempotency-key-reused", "same key, different request");
                return;
            }
            exchange.getResponseHeaders().set("Idempotent-Replayed", "true");
            send(exchange, 201, "application/json", JSON.writeValueAsString(payments.get(first.paymentId())));
            return;
        }
        JsonNode request = JSON.readTree(body);
        if (!request.path("amount").isIntegralNumber()
                || !request.path("reference").isString()) {
            problem(exchange, 400, "invalid-request", "amount and reference are required");
            return;
        }
        String id = "pay_" + ids.incrementAndGet();
        ObjectNode payment = JSON.createObjectNode();
        payment.put("id", id);
        payment.put("object", "payment");
        payment.put("status", "requires_phone_number");
        payment.put("amount", request.get("amount").longValue());
        payment.put("currency", request.path("currency").asString());
        payment.put("amount_refunded", 0);
        payment.put("reference", request.get("reference").stringValue());
        payment.put("description", request.path("description").asString(null));
        payment.putNull("phone_number");
        payment.put("checkout_url", baseUrl() + "/checkout/" + id);
        payment.put("success_url", request.path("success_url").asString(null));
        payment.put("cancel_url", request.path("cancel_url").asString(null));
        payment.putNull("failure_reason");
        payment.put("livemode", false);
        payment.put("created", clock.instant().getEpochSecond());
        payment.put("expires_at", clock.instant().getEpochSecond() + 900);
        payment.put(
                "collect_shipping_address",
                request.path("collect_shipping_address").asBoolean(false));
        payment.putNull("shipping_address");
        payments.put(id, payment);
        key.ifPresent(k -> keys.put(k, new Keyed(body, id)));
        send(exchange, 201, "application/json", JSON.writeValueAsString(payment));
    }

    private static void problem(HttpExchange exchange, int status, String type, String detail) throws IOException {
        send(
                exchange,
                status,
                "application/problem+json",
                "{\"type\":\"https://relaypay.io/problems/%s\",\"title\":\"%s\",\"status\":%d,\"detail\":\"%s\"}"
                        .formatted(type, type, status, detail));
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
