package io.relaypay.agent;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.relaypay.agent.interchange.InterchangeClient;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A stand-in for the interchange's {@code /agent/v1} API in the agent module's own tests, where the
 * real interchange cannot be (the agent must not depend on it); system-tests run against the real
 * one. It records every payment it is asked for, so a test can say "nothing was charged".
 */
final class CannedInterchange implements AutoCloseable {

    /** Jackson, not the agent's codec: the other side of the wire is written independently. */
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A payment the agent sent. */
    record Charge(String device, String signature, String token, JsonNode sealedPin) {}

    final KeyPair serverKey = io.relaypay.agent.device.DeviceStore.newKeyPair();
    final List<Charge> charges = new CopyOnWriteArrayList<>();
    final AtomicInteger keyLookups = new AtomicInteger();
    /** Texts waiting for the device, handed out by the next fetch. */
    final java.util.Queue<String> texts = new java.util.concurrent.ConcurrentLinkedQueue<>();
    /** The device and signature headers of every fetch. */
    final List<String> fetches = new CopyOnWriteArrayList<>();

    private final TestMerchant merchant;
    private final HttpServer server;

    CannedInterchange(TestMerchant merchant) throws IOException {
        this.merchant = merchant;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.createContext("/", this::handle);
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/agent/v1/keys/" + TestMerchant.ID + "/" + TestMerchant.KID)) {
                keyLookups.incrementAndGet();
                ObjectNode key = JSON.createObjectNode();
                key.put("merchant", TestMerchant.ID);
                key.put("merchant_name", TestMerchant.NAME);
                key.put("public_key", InterchangeClient.encode(merchant.keys.getPublic()));
                key.putArray("allowed_origins").add(TestMerchant.ORIGIN).add(TestMerchant.OTHER_ALLOWED_ORIGIN);
                send(exchange, 200, key);
            } else if (path.startsWith("/agent/v1/keys/")) {
                keyLookups.incrementAndGet();
                ObjectNode problem = JSON.createObjectNode();
                problem.put("type", "https://relaypay.io/problems/not-found");
                problem.put("title", "Not found");
                problem.put("status", 404);
                send(exchange, 404, problem);
            } else if (path.equals("/agent/v1/server_key")) {
                ObjectNode key = JSON.createObjectNode();
                key.put("kid", "skey_1");
                key.put("public_key", InterchangeClient.encode(serverKey.getPublic()));
                send(exchange, 200, key);
            } else if (path.equals("/agent/v1/payments")
                    && exchange.getRequestMethod().equals("POST")) {
                JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
                charges.add(new Charge(
                        exchange.getRequestHeaders().getFirst("Relaypay-Device"),
                        exchange.getRequestHeaders().getFirst("Relaypay-Device-Signature"),
                        body.get("token").asString(),
                        body.get("pin")));
                ObjectNode answer = JSON.createObjectNode();
                answer.put("payment", "pay_" + charges.size());
                answer.put("status", "succeeded");
                answer.put("receipt", "receipt-" + charges.size());
                send(exchange, 201, answer);
            } else if (path.equals("/agent/v1/messages/fetch")
                    && exchange.getRequestMethod().equals("POST")) {
                fetches.add(exchange.getRequestHeaders().getFirst("Relaypay-Device") + " "
                        + exchange.getRequestHeaders().getFirst("Relaypay-Device-Signature"));
                ObjectNode answer = JSON.createObjectNode();
                answer.put("object", "list");
                var data = answer.putArray("data");
                for (String text = texts.poll(); text != null; text = texts.poll()) {
                    ObjectNode message = data.addObject();
                    message.put("id", "am_" + fetches.size() + "_" + data.size());
                    message.put("object", "agent_message");
                    message.put("text", text);
                    message.put("created", 1_796_000_000L);
                }
                send(exchange, 200, answer);
            } else {
                exchange.sendResponseHeaders(404, -1);
            }
        }
    }

    private static void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    String pinOf(Charge charge) throws Exception {
        return new String(
                io.relaypay.sdk.jose.SealedBox.open(charge.sealedPin().toString(), serverKey.getPrivate()),
                StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
