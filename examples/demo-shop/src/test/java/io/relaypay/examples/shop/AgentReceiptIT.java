package io.relaypay.examples.shop;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.relaypay.sdk.agent.PaymentToken;
import io.relaypay.sdk.agent.PaymentTokens;
import io.relaypay.sdk.agent.Receipt;
import io.relaypay.sdk.agent.Receipts;
import io.relaypay.sdk.jose.EcKeys;
import io.relaypay.testkit.TestClock;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shop's receipt settlement ({@link AgentCheckout#settle}) for an order it issued a token for,
 * with receipt keys served over HTTP as the interchange's {@code GET /v1/receipt_keys} serves them.
 * Each refusal is paired with the same receipt untouched paying the order, so a refusal can only
 * come from what the test changed.
 */
class AgentReceiptIT {

    private static final String MERCHANT = "acct_shop";
    private static final String RECEIPT_KID = "rkey_1";

    private final TestClock clock = new TestClock(Instant.parse("2026-12-07T10:00:00Z"));
    private final KeyPair shopKey = EcKeys.generate();
    private final KeyPair receiptKey = EcKeys.generate();
    private HttpServer relaypay;
    private OrderStore store;
    private AgentCheckout checkout;
    private Order order;

    @BeforeEach
    void start(@TempDir Path dir) throws IOException {
        relaypay = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4);
        byte[] keys = ("{\"keys\":[{\"kid\":\"" + RECEIPT_KID + "\",\"public_key\":\""
                        + EcKeys.encodePublic(receiptKey.getPublic()) + "\"}]}")
                .getBytes(StandardCharsets.UTF_8);
        relaypay.createContext("/v1/receipt_keys", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, keys.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(keys);
            }
        });
        relaypay.start();
        Path keyFile = dir.resolve("agent-key.pem");
        Files.writeString(keyFile, EcKeys.encodePrivatePem(shopKey.getPrivate()));
        store = OrderStore.open("jdbc:h2:mem:receipts_"
                + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ";DB_CLOSE_DELAY=-1");
        checkout = new AgentCheckout(
                new AgentSettings(MERCHANT, "akey_shop", keyFile, AgentSettings.DEFAULT_AGENT_URL),
                URI.create("http://127.0.0.1:" + relaypay.getAddress().getPort()),
                URI.create("http://127.0.0.1:8082"),
                store,
                clock);
        order = new Order(
                "ord_receipt1",
                "mug",
                "Mug",
                1250,
                "EUR",
                OrderStatus.AWAITING_PAYMENT,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                clock.instant(),
                Optional.empty());
        store.insert(order);
    }

    @AfterEach
    void stop() {
        relaypay.stop(0);
        store.close();
    }

    @Test
    void tamperedReceiptForAnOrderWithAnIssuedTokenIsRefusedAndTheOrderStaysUnpaid() {
        String receipt = receiptFor(issuedToken());

        AgentCheckout.Outcome outcome =
                checkout.settle(order, withClaim(receipt, "\"payment\":\"pay_1\"", "\"payment\":\"pay_2\""));

        assertThat(outcome).isInstanceOf(AgentCheckout.Outcome.Refused.class);
        assertThat(store.find(order.id()).orElseThrow().status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
        assertThat(store.find(order.id()).orElseThrow().paymentId()).isEmpty();
        assertThat(checkout.settle(order, receipt)).isInstanceOf(AgentCheckout.Outcome.Paid.class);
    }

    @Test
    void receiptWithItsSignatureCutOffIsRefused() {
        String receipt = receiptFor(issuedToken());

        AgentCheckout.Outcome outcome = checkout.settle(order, receipt.substring(0, receipt.lastIndexOf('.') + 1));

        assertThat(outcome).isInstanceOf(AgentCheckout.Outcome.Refused.class);
        assertThat(store.find(order.id()).orElseThrow().status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
        assertThat(checkout.settle(order, receipt)).isInstanceOf(AgentCheckout.Outcome.Paid.class);
    }

    @Test
    void receiptSignedByAKeyTheInterchangeDoesNotListIsRefused() {
        PaymentToken token = issuedToken();
        String forged =
                Receipts.sign(receipt(token), RECEIPT_KID, EcKeys.generate().getPrivate());

        assertThat(checkout.settle(order, forged)).isInstanceOf(AgentCheckout.Outcome.Refused.class);
        assertThat(store.find(order.id()).orElseThrow().status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
        assertThat(checkout.settle(order, receiptFor(token))).isInstanceOf(AgentCheckout.Outcome.Paid.class);
    }

    /** A token the shop issued for the order, read back with the shop's public key. */
    private PaymentToken issuedToken() {
        String token = checkout.tokenFor(order);
        return PaymentTokens.verify(token, kid -> Optional.of(shopKey.getPublic()), clock);
    }

    private String receiptFor(PaymentToken token) {
        return Receipts.sign(receipt(token), RECEIPT_KID, receiptKey.getPrivate());
    }

    private Receipt receipt(PaymentToken token) {
        return new Receipt(
                "pay_1",
                Receipt.SUCCEEDED,
                MERCHANT,
                token.amount(),
                token.currency(),
                token.reference(),
                token.nonce(),
                Optional.of("5672"),
                clock.instant());
    }

    /** {@code receipt} with {@code from} replaced by {@code to} in its claims, its signature kept. */
    private static String withClaim(String receipt, String from, String to) {
        String[] parts = receipt.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        assertThat(claims).contains(from);
        String changed = claims.replace(from, to);
        return parts[0] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(changed.getBytes(StandardCharsets.UTF_8)) + "."
                + parts[2];
    }
}
