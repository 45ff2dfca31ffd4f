package io.relaypay.interchange.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.relaypay.interchange.support.FundsFixture;
import io.relaypay.interchange.support.Http;
import io.relaypay.interchange.support.LedgerInvariant;
import io.relaypay.interchange.support.RunningInterchange;
import io.relaypay.interchange.support.RunningInterchange.TestMerchant;
import io.relaypay.sdk.agent.PaymentTokens;
import io.relaypay.sdk.agent.ReceiptKeys;
import io.relaypay.sdk.jose.EcKeys;
import io.relaypay.sdk.jose.Jws;
import io.relaypay.sdk.jose.SealedBox;
import io.relaypay.simulator.CarrierNetwork;
import io.relaypay.simulator.SimulatorConfig;
import io.relaypay.testkit.TestClock;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What the agent payment ITs stand on: the carrier simulator, the interchange on PostgreSQL on a
 * test clock, two merchants with a registered agent key each, and the steps of a payment (an
 * enrolled payer with a PIN and EUR 100.00, a payment token, the sealed PIN, the device-signed
 * request). Registered as a static extension; after the class the ledger must balance.
 */
final class AgentPaymentBed implements BeforeAllCallback, AfterAllCallback {

    static final String ORIGIN = "https://shop.example";
    static final String PIN = "4711";
    static final long TOP_UP = 10_000;

    final TestClock clock = new TestClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    final CarrierNetwork network =
            CarrierNetwork.start(SimulatorConfig.defaults().withEphemeralPorts());
    final RunningInterchange server = new RunningInterchange()
            .withClock(clock)
            .with("relaypay.channels.smsc-north.port", network.smppPort("smsc-north"))
            .with("relaypay.channels.smsc-hub.port", network.smppPort("smsc-hub"));

    AgentFixture agents;
    FundsFixture funds;
    TestMerchant shop;
    TestMerchant other;
    KeyPair shopKey;
    String shopKid;
    KeyPair otherKey;
    String otherKid;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        server.beforeAll(context);
        agents = new AgentFixture(server, network, clock);
        funds = new FundsFixture(server);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> network.smsc("smsc-north").boundSessions() > 0
                        && network.smsc("smsc-hub").boundSessions() > 0);
        shop = funds.merchant("Agent Shop", 0, 0);
        other = funds.merchant("Other Shop", 0, 0);
        shopKey = EcKeys.generate();
        shopKid = registerKey(shop, shopKey);
        otherKey = EcKeys.generate();
        otherKid = registerKey(other, otherKey);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        try {
            LedgerInvariant.check(server.bean(DataSource.class));
        } finally {
            try {
                server.afterAll(context);
            } finally {
                network.close();
            }
        }
    }

    /** Registers {@code key} as an agent key of {@code merchant} for {@link #ORIGIN}; its kid. */
    String registerKey(TestMerchant merchant, KeyPair key) {
        Http.Response created = merchant.api()
                .post(
                        "/v1/agent_keys",
                        Map.of("public_key", EcKeys.encodePublic(key.getPublic()), "allowed_origins", List.of(ORIGIN)));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.text("id");
    }

    /** An enrolled device whose phone has a PIN and {@link #TOP_UP} on its balance. */
    AgentFixture.TestDevice payer() {
        AgentFixture.TestDevice device = agents.enrolled();
        agents.givenPin(device.phone(), PIN);
        funds.topUp(device.phone(), TOP_UP, "top-up-" + device.id());
        return device;
    }

    /** A token of the shop for {@code amount} EUR cents, valid five minutes from the test clock. */
    String token(long amount) {
        return PaymentTokens.create(
                shopKid,
                shopKey.getPrivate(),
                shop.id(),
                amount,
                "EUR",
                "order-" + amount,
                Optional.of("Sword"),
                ORIGIN,
                Duration.ofMinutes(5),
                clock);
    }

    /** A token for 1.00 EUR of the shop, signed by {@code key} under {@code kid}, for {@code origin}. */
    String shopToken(String kid, PrivateKey key, String origin) {
        return PaymentTokens.create(
                kid, key, shop.id(), 100, "EUR", "r", Optional.empty(), origin, Duration.ofMinutes(5), clock);
    }

    String sealedPin(String pin) {
        String key = server.anonymous().get("/agent/v1/server_key").text("public_key");
        return SealedBox.seal(pin.toCharArray(), EcKeys.decodePublic(key));
    }

    String body(String token, String pin) {
        return "{\"token\":\"" + token + "\",\"pin\":" + sealedPin(pin) + "}";
    }

    /** {@code POST /agent/v1/payments} signed by {@code device}. */
    Http.Response pay(AgentFixture.TestDevice device, String token, String pin) {
        return agents.signed(device, "POST", "/agent/v1/payments", body(token, pin));
    }

    ReceiptKeys receiptKeys() throws Exception {
        return ReceiptKeys.fetch(server.base());
    }

    /** The device's balance is untouched but for {@code amount} paid before. */
    void chargedOnly(AgentFixture.TestDevice device, long amount) {
        assertThat(funds.walletBalance(device.phone())).isEqualTo(TOP_UP - amount);
    }

    void nothingCharged(AgentFixture.TestDevice device) {
        chargedOnly(device, 0);
    }

    static String nonceOf(String token) {
        return PaymentTokens.claimsOf(Jws.readUnverified(token)).nonce();
    }

    static void refused(Http.Response response, int status, String problem) {
        assertThat(response.status()).as(response.raw()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.problem()).isEqualTo(problem);
    }
}
