package io.relaypay.interchange.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.relaypay.interchange.support.FundsFixture;
import io.relaypay.interchange.support.Http;
import io.relaypay.interchange.support.LedgerInvariant;
import io.relaypay.interchange.support.RunningInterchange;
import io.relaypay.interchange.support.RunningInterchange.TestMerchant;
import io.relaypay.sdk.agent.AgentTokenException;
import io.relaypay.sdk.agent.PaymentTokens;
import io.relaypay.sdk.agent.Receipt;
import io.relaypay.sdk.agent.ReceiptKeys;
import io.relaypay.sdk.agent.Receipts;
import io.relaypay.sdk.jose.Base64Url;
import io.relaypay.sdk.jose.EcKeys;
import io.relaypay.sdk.jose.Jws;
import io.relaypay.sdk.jose.SealedBox;
import io.relaypay.simulator.CarrierNetwork;
import io.relaypay.simulator.SimulatorConfig;
import io.relaypay.testkit.TestClock;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Paying through the agent over real HTTP on PostgreSQL: device signatures, payment-token checks
 * (signature, merchant, algorithm confusion, expiry, origin, single use), the sealed PIN with its lockout,
 * settlement from the balance, and the signed receipt as the merchant's server verifies it with the SDK.
 * Every refusal leaves the buyer's balance untouched and the ledger balanced.
 */
class AgentPaymentIT {

    static final String ORIGIN = "https://shop.example";
    static final String PIN = "4711";
    static final TestClock clock = new TestClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    static final CarrierNetwork network =
            CarrierNetwork.start(SimulatorConfig.defaults().withEphemeralPorts());

    @RegisterExtension
    static final RunningInterchange server = new RunningInterchange()
            .withClock(clock)
            .with("relaypay.channels.smsc-north.port", network.smppPort("smsc-north"))
            .with("relaypay.channels.smsc-hub.port", network.smppPort("smsc-hub"));

    static AgentFixture agents;
    static FundsFixture funds;
    static TestMerchant shop;
    static TestMerchant other;
    static KeyPair shopKey;
    static String shopKid;
    static KeyPair otherKey;
    static String otherKid;

    @BeforeAll
    static void setUp() {
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

    @AfterAll
    static void booksBalance() {
        try {
            LedgerInvariant.check(server.bean(DataSource.class));
        } finally {
            network.close();
        }
    }

    static String registerKey(TestMerchant merchant, KeyPair key) {
        Http.Response created = merchant.api()
                .post(
                        "/v1/agent_keys",
                        Map.of("public_key", EcKeys.encodePublic(key.getPublic()), "allowed_origins", List.of(ORIGIN)));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.text("id");
    }

    /** An enrolled device whose phone has a PIN and EUR 100.00 on its balance. */
    static AgentFixture.TestDevice payer() {
        AgentFixture.TestDevice device = agents.enrolled();
        agents.givenPin(device.phone(), PIN);
        funds.topUp(device.phone(), 10_000, "top-up-" + device.id());
        return device;
    }

    static String token(long amount) {
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

    static String sealedPin(String pin) {
        String key = server.anonymous().get("/agent/v1/server_key").text("public_key");
        return SealedBox.seal(pin.toCharArray(), EcKeys.decodePublic(key));
    }

    static String body(String token, String pin) {
        return "{\"token\":\"" + token + "\",\"pin\":" + sealedPin(pin) + "}";
    }

    static Http.Response pay(AgentFixture.TestDevice device, String token, String pin) {
        return agents.signed(device, "POST", "/agent/v1/payments", body(token, pin));
    }

    static String nonceOf(String token) {
        return PaymentTokens.claimsOf(Jws.readUnverified(token)).nonce();
    }

    static ReceiptKeys receiptKeys() throws Exception {
        return ReceiptKeys.fetch(server.base());
    }

    static void nothingCharged(AgentFixture.TestDevice device) {
        assertThat(funds.walletBalance(device.phone())).isEqualTo(10_000);
    }

    static void refused(Http.Response response, int status, String problem) {
        assertThat(response.status()).as(response.raw()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.problem()).isEqualTo(problem);
    }

    @Test
    void aPaymentSucceedsAndItsReceiptVerifiesWithTheSdk() throws Exception {
        AgentFixture.TestDevice device = payer();
        long shopBefore = funds.available(shop);
        String token = token(499);

        Http.Response paid = pay(device, token, PIN);

        assertThat(paid.status()).as(paid.raw()).isEqualTo(201);
        assertThat(paid.text("status")).isEqualTo("succeeded");
        Receipt receipt = Receipts.verify(paid.text("receipt"), receiptKeys(), nonceOf(token), shop.id());
        assertThat(receipt.succeeded()).isTrue();
        assertThat(receipt.payment()).isEqualTo(paid.text("payment"));
        assertThat(receipt.amount()).isEqualTo(499);
        assertThat(receipt.currency()).isEqualTo("EUR");
        assertThat(receipt.reference()).isEqualTo("order-499");
        assertThat(receipt.phoneLast4())
                .contains(device.phone().substring(device.phone().length() - 4));
        assertThat(funds.walletBalance(device.phone())).isEqualTo(10_000 - 499);
        assertThat(funds.available(shop)).isEqualTo(shopBefore + 499);
        Http.Response seen = shop.api().get("/v1/payments/" + paid.text("payment"));
        assertThat(seen.text("status")).isEqualTo("succeeded");
        assertThat(seen.text("phone_number")).isEqualTo(device.phone());
    }

    @Test
    void aTamperedOrForeignReceiptIsRefusedByTheSdk() throws Exception {
        AgentFixture.TestDevice device = payer();
        String token = token(250);
        String receipt = pay(device, token, PIN).text("receipt");
        String[] parts = receipt.split("\\.");
        String claims = new String(Base64Url.decode(parts[1], "claims"), StandardCharsets.UTF_8);
        String tampered = parts[0] + "."
                + Base64Url.encode(
                        claims.replace("\"amount\":250", "\"amount\":25000").getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];
        ReceiptKeys keys = receiptKeys();

        assertThatThrownBy(() -> Receipts.verify(tampered, keys, nonceOf(token)))
                .isInstanceOfSatisfying(
                        AgentTokenException.class,
                        e -> assertThat(e.reason()).isEqualTo(AgentTokenException.Reason.SIGNATURE_INVALID));
        assertThatThrownBy(() -> Receipts.verify(receipt, keys, nonceOf(token(250))))
                .isInstanceOfSatisfying(
                        AgentTokenException.class,
                        e -> assertThat(e.reason()).isEqualTo(AgentTokenException.Reason.NONCE_MISMATCH));
        assertThatThrownBy(() -> Receipts.verify(receipt, keys, nonceOf(token), other.id()))
                .isInstanceOfSatisfying(
                        AgentTokenException.class,
                        e -> assertThat(e.reason()).isEqualTo(AgentTokenException.Reason.MERCHANT_MISMATCH));
    }

    @Test
    void theSameRequestAgainAnswersTheSameAndChargesOnce() {
        AgentFixture.TestDevice device = payer();
        String token = token(300);

        Http.Response first = pay(device, token, PIN);
        Http.Response again = pay(device, token, PIN);

        assertThat(again.status()).isEqualTo(201);
        assertThat(again.text("payment")).isEqualTo(first.text("payment"));
        assertThat(again.text("receipt")).isEqualTo(first.text("receipt"));
        assertThat(funds.walletBalance(device.phone())).isEqualTo(10_000 - 300);
    }

    @Test
    void aTokenReplayedFromAnotherDeviceIsRefusedAndChargesNothing() {
        AgentFixture.TestDevice first = payer();
        AgentFixture.TestDevice thief = payer();
        String token = token(400);
        assertThat(pay(first, token, PIN).status()).isEqualTo(201);

        refused(pay(thief, token, PIN), 409, "payment-token-replayed");
        nothingCharged(thief);
        assertThat(funds.walletBalance(first.phone())).isEqualTo(10_000 - 400);
    }

    @Test
    void aNonceReusedInAnotherTokenIsRefusedAndChargesNothing() {
        AgentFixture.TestDevice device = payer();
        String token = token(150);
        assertThat(pay(device, token, PIN).status()).isEqualTo(201);
        Instant now = clock.instant();
        String sameNonce = PaymentTokens.sign(
                new io.relaypay.sdk.agent.PaymentToken(
                        shop.id(),
                        9_000,
                        "EUR",
                        "order-big",
                        Optional.empty(),
                        ORIGIN,
                        nonceOf(token),
                        now,
                        now.plusSeconds(300)),
                shopKid,
                shopKey.getPrivate());

        refused(pay(device, sameNonce, PIN), 409, "payment-token-replayed");
        assertThat(funds.walletBalance(device.phone())).isEqualTo(10_000 - 150);
    }

    @Test
    void aTokenSignedByAnotherKeyUnderTheShopsKidIsRefused() {
        AgentFixture.TestDevice device = payer();
        String forged = PaymentTokens.create(
                shopKid,
                EcKeys.generate().getPrivate(),
                shop.id(),
                100,
                "EUR",
                "r",
                Optional.empty(),
                ORIGIN,
                Duration.ofMinutes(5),
                clock);

        refused(pay(device, forged, PIN), 400, "payment-token-invalid");
        nothingCharged(device);
    }

    @Test
    void aTokenSignedWithAnotherMerchantsKeyIsRefused() {
        AgentFixture.TestDevice device = payer();
        String forged = PaymentTokens.create(
                otherKid,
                otherKey.getPrivate(),
                shop.id(),
                100,
                "EUR",
                "r",
                Optional.empty(),
                ORIGIN,
                Duration.ofMinutes(5),
                clock);

        refused(pay(device, forged, PIN), 400, "payment-token-invalid");
        nothingCharged(device);
    }

    @Test
    void algNoneAndHs256TokensAreRefused() throws Exception {
        AgentFixture.TestDevice device = payer();
        String claims = new String(Base64Url.decode(token(100).split("\\.")[1], "claims"), StandardCharsets.UTF_8);
        String none = b64("{\"alg\":\"none\",\"typ\":\"" + PaymentTokens.TYP + "\",\"kid\":\"" + shopKid + "\"}") + "."
                + b64(claims) + ".";
        String hsInput = b64("{\"alg\":\"HS256\",\"typ\":\"" + PaymentTokens.TYP + "\",\"kid\":\"" + shopKid + "\"}")
                + "." + b64(claims);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(
                Base64Url.encode(shopKey.getPublic().getEncoded()).getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
        String hs256 = hsInput + "." + Base64Url.encode(mac.doFinal(hsInput.getBytes(StandardCharsets.US_ASCII)));

        refused(pay(device, none, PIN), 400, "payment-token-invalid");
        refused(pay(device, hs256, PIN), 400, "payment-token-invalid");
        nothingCharged(device);
    }

    @Test
    void anExpiredTokenIsRefused() {
        AgentFixture.TestDevice device = payer();
        String token = token(100);
        clock.advance(Duration.ofMinutes(5));

        refused(pay(device, token, PIN), 400, "payment-token-expired");
        nothingCharged(device);
    }

    @Test
    void aTokenForAnOriginTheKeyDoesNotAllowIsRefused() {
        AgentFixture.TestDevice device = payer();
        String token = PaymentTokens.create(
                shopKid,
                shopKey.getPrivate(),
                shop.id(),
                100,
                "EUR",
                "r",
                Optional.empty(),
                "https://evil.example",
                Duration.ofMinutes(5),
                clock);

        refused(pay(device, token, PIN), 400, "payment-token-invalid");
        nothingCharged(device);
    }

    @Test
    void aTokenOfARevokedKeyIsRefused() {
        AgentFixture.TestDevice device = payer();
        KeyPair key = EcKeys.generate();
        String kid = registerKey(shop, key);
        String token = PaymentTokens.create(
                kid,
                key.getPrivate(),
                shop.id(),
                100,
                "EUR",
                "r",
                Optional.empty(),
                ORIGIN,
                Duration.ofMinutes(5),
                clock);
        assertThat(shop.api()
                        .post("/v1/agent_keys/" + kid + "/revoke", Map.of())
                        .status())
                .isEqualTo(200);

        refused(pay(device, token, PIN), 400, "payment-token-invalid");
        nothingCharged(device);
    }

    @Test
    void requestsWithoutAValidDeviceSignatureAreRefused() {
        AgentFixture.TestDevice device = payer();
        String body = body(token(100), PIN);
        long now = clock.instant().getEpochSecond();

        refused(agents.send("POST", "/agent/v1/payments", body, Map.of()), 401, "device-signature-invalid");
        refused(
                agents.signedAt(device, EcKeys.generate(), now, "POST", "/agent/v1/payments", body),
                401,
                "device-signature-invalid");
        refused(
                agents.signedAt(device, device.key(), now - 301, "POST", "/agent/v1/payments", body),
                401,
                "device-signature-invalid");
        refused(
                agents.signedAt(device, device.key(), now + 301, "POST", "/agent/v1/payments", body),
                401,
                "device-signature-invalid");
        Http.Response signedOtherBody = agents.signed(device, "POST", "/agent/v1/payments", body(token(100), PIN));
        assertThat(signedOtherBody.status()).isEqualTo(201);
        nothingChargedBut(device, 100);
    }

    @Test
    void aBodySwappedUnderASignatureIsRefused() {
        AgentFixture.TestDevice device = payer();
        long now = clock.instant().getEpochSecond();
        String signedBody = body(token(100), PIN);
        byte[] input =
                Devices.signingInput(now, "POST", "/agent/v1/payments", signedBody.getBytes(StandardCharsets.UTF_8));
        String sig = Base64Url.encode(
                io.relaypay.sdk.jose.Es256.sign(input, device.key().getPrivate()));

        Http.Response swapped = agents.send(
                "POST",
                "/agent/v1/payments",
                body(token(5_000), PIN),
                Map.of("Relaypay-Device", device.id(), "Relaypay-Device-Signature", "t=" + now + ",sig=" + sig));

        refused(swapped, 401, "device-signature-invalid");
        nothingCharged(device);
    }

    @Test
    void aRevokedDeviceCannotPay() {
        AgentFixture.TestDevice device = payer();
        assertThat(agents.signed(device, "DELETE", "/agent/v1/devices/self", "").status())
                .isEqualTo(200);

        refused(pay(device, token(100), PIN), 401, "device-signature-invalid");
        nothingCharged(device);
    }

    @Test
    void aWrongPinIsRefusedWithoutSpendingTheToken() {
        AgentFixture.TestDevice device = payer();
        String token = token(120);

        Http.Response wrong = pay(device, token, "0000");

        refused(wrong, 403, "pin-invalid");
        assertThat(wrong.json().get("attempts_left").asInt()).isEqualTo(4);
        nothingCharged(device);
        assertThat(pay(device, token, PIN).status()).isEqualTo(201);
    }

    @Test
    void fiveWrongPinsLockPinEntryEvenForTheRightPin() {
        AgentFixture.TestDevice device = payer();
        for (int i = 0; i < 4; i++) {
            refused(pay(device, token(100), "0000"), 403, "pin-invalid");
        }

        refused(pay(device, token(100), "0000"), 423, "pin-locked");
        refused(pay(device, token(100), PIN), 423, "pin-locked");
        nothingCharged(device);
    }

    @Test
    void aPayerWithoutAPinIsToldToSetOne() {
        AgentFixture.TestDevice device = agents.enrolled();
        funds.topUp(device.phone(), 10_000, "top-up-" + device.id());

        refused(pay(device, token(100), PIN), 409, "pin-not-set");
        nothingCharged(device);
    }

    @Test
    void aPinSealedToAnotherKeyIsRefused() {
        AgentFixture.TestDevice device = payer();
        String box = SealedBox.seal(PIN.toCharArray(), EcKeys.generate().getPublic());

        Http.Response response = agents.signed(
                device, "POST", "/agent/v1/payments", "{\"token\":\"" + token(100) + "\",\"pin\":" + box + "}");

        refused(response, 400, "invalid-request");
        assertThat(response.text("param")).isEqualTo("pin");
        nothingCharged(device);
    }

    @Test
    void theAgentCanLookUpTheShopsKeyAndTheServerKey() {
        Http.Response key = server.anonymous().get("/agent/v1/keys/" + shop.id() + "/" + shopKid);

        assertThat(key.status()).isEqualTo(200);
        assertThat(key.text("merchant_name")).isEqualTo("Agent Shop");
        assertThat(key.text("public_key")).isEqualTo(EcKeys.encodePublic(shopKey.getPublic()));
        assertThat(key.json().get("allowed_origins").get(0).asString()).isEqualTo(ORIGIN);
        assertThat(server.anonymous()
                        .get("/agent/v1/keys/" + other.id() + "/" + shopKid)
                        .status())
                .isEqualTo(404);
        assertThat(server.anonymous().get("/agent/v1/server_key").text("kid")).startsWith("pk_");
    }

    private static void nothingChargedBut(AgentFixture.TestDevice device, long amount) {
        assertThat(funds.walletBalance(device.phone())).isEqualTo(10_000 - amount);
    }

    private static String b64(String s) {
        return Base64Url.encode(s.getBytes(StandardCharsets.UTF_8));
    }
}
