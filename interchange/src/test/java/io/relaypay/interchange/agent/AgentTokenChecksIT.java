package io.relaypay.interchange.agent;

import static io.relaypay.interchange.agent.AgentPaymentBed.ORIGIN;
import static io.relaypay.interchange.agent.AgentPaymentBed.PIN;
import static io.relaypay.interchange.agent.AgentPaymentBed.nonceOf;
import static io.relaypay.interchange.agent.AgentPaymentBed.refused;
import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.sdk.agent.PaymentToken;
import io.relaypay.sdk.agent.PaymentTokens;
import io.relaypay.sdk.jose.Base64Url;
import io.relaypay.sdk.jose.EcKeys;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The payment token's checks as the interchange makes them when an agent pays: the merchant's
 * signature under its key id (no algorithm confusion), expiry, the key's allowed origins and
 * revocation, and single use of the nonce. Each refusal charges nothing.
 */
class AgentTokenChecksIT {

    @RegisterExtension
    static final AgentPaymentBed bed = new AgentPaymentBed();

    @Test
    void aTokenReplayedFromAnotherDeviceIsRefusedAndChargesNothing() {
        AgentFixture.TestDevice first = bed.payer();
        AgentFixture.TestDevice thief = bed.payer();
        String token = bed.token(400);
        assertThat(bed.pay(first, token, PIN).status()).isEqualTo(201);

        refused(bed.pay(thief, token, PIN), 409, "payment-token-replayed");
        bed.nothingCharged(thief);
        bed.chargedOnly(first, 400);
    }

    @Test
    void aNonceReusedInAnotherTokenIsRefusedAndChargesNothing() {
        AgentFixture.TestDevice device = bed.payer();
        String token = bed.token(150);
        assertThat(bed.pay(device, token, PIN).status()).isEqualTo(201);
        Instant now = bed.clock.instant();
        String sameNonce = PaymentTokens.sign(
                new PaymentToken(
                        bed.shop.id(),
                        9_000,
                        "EUR",
                        "order-big",
                        Optional.empty(),
                        ORIGIN,
                        nonceOf(token),
                        now,
                        now.plusSeconds(300)),
                bed.shopKid,
                bed.shopKey.getPrivate());

        refused(bed.pay(device, sameNonce, PIN), 409, "payment-token-replayed");
        bed.chargedOnly(device, 150);
    }

    @Test
    void aTokenSignedByAnotherKeyUnderTheShopsKidIsRefused() {
        AgentFixture.TestDevice device = bed.payer();
        String forged = bed.shopToken(bed.shopKid, EcKeys.generate().getPrivate(), ORIGIN);

        refused(bed.pay(device, forged, PIN), 400, "payment-token-invalid");
        bed.nothingCharged(device);
    }

    @Test
    void aTokenSignedWithAnotherMerchantsKeyIsRefused() {
        AgentFixture.TestDevice device = bed.payer();
        String forged = bed.shopToken(bed.otherKid, bed.otherKey.getPrivate(), ORIGIN);

        refused(bed.pay(device, forged, PIN), 400, "payment-token-invalid");
        bed.nothingCharged(device);
    }

    @Test
    void algNoneAndHs256TokensAreRefused() throws Exception {
        AgentFixture.TestDevice device = bed.payer();
        String claims = new String(Base64Url.decode(bed.token(100).split("\\.")[1], "claims"), StandardCharsets.UTF_8);
        String none = b64("{\"alg\":\"none\",\"typ\":\"" + PaymentTokens.TYP + "\",\"kid\":\"" + bed.shopKid + "\"}")
                + "." + b64(claims) + ".";
        String hsInput =
                b64("{\"alg\":\"HS256\",\"typ\":\"" + PaymentTokens.TYP + "\",\"kid\":\"" + bed.shopKid + "\"}") + "."
                        + b64(claims);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(
                Base64Url.encode(bed.shopKey.getPublic().getEncoded()).getBytes(StandardCharsets.US_ASCII),
                "HmacSHA256"));
        String hs256 = hsInput + "." + Base64Url.encode(mac.doFinal(hsInput.getBytes(StandardCharsets.US_ASCII)));

        refused(bed.pay(device, none, PIN), 400, "payment-token-invalid");
        refused(bed.pay(device, hs256, PIN), 400, "payment-token-invalid");
        bed.nothingCharged(device);
    }

    @Test
    void anExpiredTokenIsRefused() {
        AgentFixture.TestDevice device = bed.payer();
        String token = bed.token(100);
        bed.clock.advance(Duration.ofMinutes(5));

        refused(bed.pay(device, token, PIN), 400, "payment-token-expired");
        bed.nothingCharged(device);
    }

    @Test
    void aTokenForAnOriginTheKeyDoesNotAllowIsRefused() {
        AgentFixture.TestDevice device = bed.payer();
        String token = bed.shopToken(bed.shopKid, bed.shopKey.getPrivate(), "https://evil.example");

        refused(bed.pay(device, token, PIN), 400, "payment-token-invalid");
        bed.nothingCharged(device);
    }

    @Test
    void aTokenOfARevokedKeyIsRefused() {
        AgentFixture.TestDevice device = bed.payer();
        KeyPair key = EcKeys.generate();
        String kid = bed.registerKey(bed.shop, key);
        String token = bed.shopToken(kid, key.getPrivate(), ORIGIN);
        assertThat(bed.shop
                        .api()
                        .post("/v1/agent_keys/" + kid + "/revoke", Map.of())
                        .status())
                .isEqualTo(200);

        refused(bed.pay(device, token, PIN), 400, "payment-token-invalid");
        bed.nothingCharged(device);
    }

    private static String b64(String s) {
        return Base64Url.encode(s.getBytes(StandardCharsets.UTF_8));
    }
}
