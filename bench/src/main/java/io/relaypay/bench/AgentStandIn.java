package io.relaypay.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The interchange as {@link AgentBench}'s agent sees it, answering at once: the shop's key, the
 * server key, enrollment, and payments that succeed. It counts the time it spends answering, which
 * the bench subtracts from each round trip to get the agent's own time.
 */
final class AgentStandIn {

    static final String MERCHANT = "acct_bench";
    static final String KID = "akey_bench";
    static final String ORIGIN = "http://shop.bench:8082";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final KeyPair merchant = p256();
    private final KeyPair server = p256();
    private final AtomicLong spent = new AtomicLong();
    private final AtomicLong payments = new AtomicLong();

    /** Forgets the time spent so far (before each measured payment). */
    void resetSpent() {
        spent.set(0);
    }

    /** Nanoseconds spent answering since {@link #resetSpent()}. */
    long spentNanos() {
        return spent.get();
    }

    /** Answers the agent's calls on {@code http} and starts it. */
    void serveOn(HttpServer http) {
        http.createContext("/", exchange -> {
            long t0 = System.nanoTime();
            try (exchange) {
                String path = exchange.getRequestURI().getPath();
                ObjectNode body = JSON.createObjectNode();
                int status = 200;
                switch (path) {
                    case "/agent/v1/keys/" + MERCHANT + "/" + KID -> {
                        body.put("merchant", MERCHANT);
                        body.put("merchant_name", "Bench Shop");
                        body.put("public_key", b64(merchant.getPublic().getEncoded()));
                        body.putArray("allowed_origins").add(ORIGIN);
                    }
                    case "/agent/v1/server_key" -> {
                        body.put("kid", "skey_bench");
                        body.put("public_key", b64(server.getPublic().getEncoded()));
                    }
                    case "/agent/v1/enrollments" -> {
                        status = 201;
                        body.put("id", "enr_bench");
                        body.put("status", "requires_code");
                    }
                    case "/agent/v1/enrollments/enr_bench/confirm" -> {
                        status = 201;
                        body.put("device", "dev_bench");
                    }
                    case "/agent/v1/payments" -> {
                        exchange.getRequestBody().readAllBytes();
                        status = 201;
                        long n = payments.incrementAndGet();
                        body.put("payment", "pay_" + n);
                        body.put("status", "succeeded");
                        body.put("receipt", "receipt." + n + ".sig");
                    }
                    default -> status = 404;
                }
                send(exchange, status, JSON.writeValueAsBytes(body));
            } finally {
                spent.addAndGet(System.nanoTime() - t0);
            }
        });
        http.start();
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** A fresh payment token of the shop (a new nonce each time), signed with its key. */
    String token() throws Exception {
        long now = Instant.now().getEpochSecond();
        ObjectNode claims = JSON.createObjectNode();
        claims.put("merchant", MERCHANT);
        claims.put("amount", 499);
        claims.put("currency", "EUR");
        claims.put("reference", "bench");
        claims.put("origin", ORIGIN);
        claims.put("nonce", b64(UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII)));
        claims.put("iat", now);
        claims.put("exp", now + 300);
        String input = b64(("{\"alg\":\"ES256\",\"typ\":\"relaypay-payment-token+jwt\",\"kid\":\"" + KID + "\"}")
                        .getBytes(StandardCharsets.UTF_8))
                + "." + b64(JSON.writeValueAsBytes(claims));
        Signature signer = Signature.getInstance("SHA256withECDSAinP1363Format");
        signer.initSign(merchant.getPrivate());
        signer.update(input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + b64(signer.sign());
    }

    private static KeyPair p256() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("no P-256 on this JDK", e);
        }
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
