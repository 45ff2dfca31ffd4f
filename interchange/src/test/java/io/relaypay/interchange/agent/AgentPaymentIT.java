package io.relaypay.interchange.agent;

import static io.relaypay.interchange.agent.AgentPaymentBed.ORIGIN;
import static io.relaypay.interchange.agent.AgentPaymentBed.PIN;
import static io.relaypay.interchange.agent.AgentPaymentBed.nonceOf;
import static io.relaypay.interchange.agent.AgentPaymentBed.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relaypay.interchange.support.Http;
import io.relaypay.sdk.agent.AgentTokenException;
import io.relaypay.sdk.agent.Receipt;
import io.relaypay.sdk.agent.ReceiptKeys;
import io.relaypay.sdk.agent.Receipts;
import io.relaypay.sdk.jose.Base64Url;
import io.relaypay.sdk.jose.EcKeys;
import io.relaypay.sdk.jose.Es256;
import io.relaypay.sdk.jose.SealedBox;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Paying through the agent over real HTTP on PostgreSQL: settlement from the balance and the
 * signed receipt as the merchant's server verifies it with the SDK, an idempotent repeat, device
 * signatures, and the sealed PIN with its lockout. Every refusal leaves the buyer's balance
 * untouched. The payment token's own checks are {@link AgentTokenChecksIT}.
 */
class AgentPaymentIT {

    @RegisterExtension
    static final AgentPaymentBed bed = new AgentPaymentBed();

    @Test
    void aPaymentSucceedsAndItsReceiptVerifiesWithTheSdk() throws Exception {
        AgentFixture.TestDevice device = bed.payer();
        long shopBefore = bed.funds.available(bed.shop);
        String token = bed.token(499);

        Http.Response paid = bed.pay(device, token, PIN);

        assertThat(paid.status()).as(paid.raw()).isEqualTo(201);
        assertThat(paid.text("status")).isEqualTo("succeeded");
        Receipt receipt = Receipts.verify(paid.text("receipt"), bed.receiptKeys(), nonceOf(token), bed.shop.id());
        assertThat(receipt.succeeded()).isTrue();
        assertThat(receipt.payment()).isEqualTo(paid.text("payment"));
        assertThat(receipt.amount()).isEqualTo(499);
        assertThat(receipt.currency()).isEqualTo("EUR");
        assertThat(receipt.reference()).isEqualTo("order-499");
        assertThat(receipt.phoneLast4())
                .contains(device.phone().substring(device.phone().length() - 4));
        bed.chargedOnly(device, 499);
        assertThat(bed.funds.available(bed.shop)).isEqualTo(shopBefore + 499);
        Http.Response seen = bed.shop.api().get("/v1/payments/" + paid.text("payment"));
        assertThat(seen.text("status")).isEqualTo("succeeded");
        assertThat(seen.text("phone_number")).isEqualTo(device.phone());
    }

    @Test
    void aTamperedOrForeignReceiptIsRefusedByTheSdk() throws Exception {
        AgentFixture.TestDevice device = bed.payer();
        String token = bed.token(250);
        String receipt = bed.pay(device, token, PIN).text("receipt");
        String[] parts = receipt.split("\\.");
        String claims = new String(Base64Url.decode(parts[1], "claims"), StandardCharsets.UTF_8);
        String tampered = parts[0] + "."
                + Base64Url.encode(
                        claims.replace("\"amount\":250", "\"amount\":25000").getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];
        ReceiptKeys keys = bed.receiptKeys();

        assertThatThrownBy(() -> Receipts.verify(tampered, keys, nonceOf(token)))
                .isInstanceOfSatisfying(
                        AgentTokenException.class,
                        e -> assertThat(e.reason()).isEqualTo(AgentTokenException.Reason.SIGNATURE_INVALID));
        assertThatThrownBy(() -> Receipts.verify(receipt, keys, nonceOf(bed.token(250))))
                .isInstanceOfSatisfying(
                        AgentTokenException.class,
                        e -> assertThat(e.reason()).isEqualTo(AgentTokenException.Reason.NONCE_MISMATCH));
        assertThatThrownBy(() -> Receipts.verify(receipt, keys, nonceOf(token), bed.other.id()))
                .isInstanceOfSatisfying(
                        AgentTokenException.class,
                        e -> assertThat(e.reason()).isEqualTo(AgentTokenException.Reason.MERCHANT_MISMATCH));
    }

    @Test
    void theSameRequestAgainAnswersTheSameAndChargesOnce() {
        AgentFixture.TestDevice device = bed.payer();
        String token = bed.token(300);

        Http.Response first = bed.pay(device, token, PIN);
        Http.Response again = bed.pay(device, token, PIN);

        assertThat(again.status()).isEqualTo(201);
        assertThat(again.text("payment")).isEqualTo(first.text("payment"));
        assertThat(again.text("receipt")).isEqualTo(first.text("receipt"));
        bed.chargedOnly(device, 300);
    }

    @Test
    void requestsWithoutAValidDeviceSignatureAreRefused() {
        AgentFixture.TestDevice device = bed.payer();
        String body = bed.body(bed.token(100), PIN);
        long now = bed.clock.instant().getEpochSecond();

        refused(bed.agents.send("POST", "/agent/v1/payments", body, Map.of()), 401, "device-signature-invalid");
        refused(
                bed.agents.signedAt(device, EcKeys.generate(), now, "POST", "/agent/v1/payments", body),
                401,
                "device-signature-invalid");
        refused(
                bed.agents.signedAt(device, device.key(), now - 301, "POST", "/agent/v1/payments", body),
                401,
                "device-signature-invalid");
        refused(
                bed.agents.signedAt(device, device.key(), now + 301, "POST", "/agent/v1/payments", body),
                401,
                "device-signature-invalid");
        Http.Response signedOtherBody =
                bed.agents.signed(device, "POST", "/agent/v1/payments", bed.body(bed.token(100), PIN));
        assertThat(signedOtherBody.status()).isEqualTo(201);
        bed.chargedOnly(device, 100);
    }

    @Test
    void aBodySwappedUnderASignatureIsRefused() {
        AgentFixture.TestDevice device = bed.payer();
        long now = bed.clock.instant().getEpochSecond();
        String signedBody = bed.body(bed.token(100), PIN);
        byte[] input =
                Devices.signingInput(now, "POST", "/agent/v1/payments", signedBody.getBytes(StandardCharsets.UTF_8));
        String sig = Base64Url.encode(Es256.sign(input, device.key().getPrivate()));

        Http.Response swapped = bed.agents.send(
                "POST",
                "/agent/v1/payments",
                bed.body(bed.token(5_000), PIN),
                Map.of("Relaypay-Device", device.id(), "Relaypay-Device-Signature", "t=" + now + ",sig=" + sig));

        refused(swapped, 401, "device-signature-invalid");
        bed.nothingCharged(device);
    }

    @Test
    void aRevokedDeviceCannotPay() {
        AgentFixture.TestDevice device = bed.payer();
        assertThat(bed.agents
                        .signed(device, "DELETE", "/agent/v1/devices/self", "")
                        .status())
                .isEqualTo(200);

        refused(bed.pay(device, bed.token(100), PIN), 401, "device-signature-invalid");
        bed.nothingCharged(device);
    }

    @Test
    void aWrongPinIsRefusedWithoutSpendingTheToken() {
        AgentFixture.TestDevice device = bed.payer();
        String token = bed.token(120);

        Http.Response wrong = bed.pay(device, token, "0000");

        refused(wrong, 403, "pin-invalid");
        assertThat(wrong.json().get("attempts_left").asInt()).isEqualTo(4);
        bed.nothingCharged(device);
        assertThat(bed.pay(device, token, PIN).status()).isEqualTo(201);
    }

    @Test
    void fiveWrongPinsLockPinEntryEvenForTheRightPin() {
        AgentFixture.TestDevice device = bed.payer();
        for (int i = 0; i < 4; i++) {
            refused(bed.pay(device, bed.token(100), "0000"), 403, "pin-invalid");
        }

        refused(bed.pay(device, bed.token(100), "0000"), 423, "pin-locked");
        refused(bed.pay(device, bed.token(100), PIN), 423, "pin-locked");
        bed.nothingCharged(device);
    }

    @Test
    void aPayerWithoutAPinIsToldToSetOne() {
        AgentFixture.TestDevice device = bed.agents.enrolled();
        bed.funds.topUp(device.phone(), 10_000, "top-up-" + device.id());

        refused(bed.pay(device, bed.token(100), PIN), 409, "pin-not-set");
        bed.nothingCharged(device);
    }

    @Test
    void aPinSealedToAnotherKeyIsRefused() {
        AgentFixture.TestDevice device = bed.payer();
        String box = SealedBox.seal(PIN.toCharArray(), EcKeys.generate().getPublic());

        Http.Response response = bed.agents.signed(
                device, "POST", "/agent/v1/payments", "{\"token\":\"" + bed.token(100) + "\",\"pin\":" + box + "}");

        refused(response, 400, "invalid-request");
        assertThat(response.text("param")).isEqualTo("pin");
        bed.nothingCharged(device);
    }

    @Test
    void theAgentCanLookUpTheShopsKeyAndTheServerKey() {
        Http.Response key = bed.server.anonymous().get("/agent/v1/keys/" + bed.shop.id() + "/" + bed.shopKid);

        assertThat(key.status()).isEqualTo(200);
        assertThat(key.text("merchant_name")).isEqualTo("Agent Shop");
        assertThat(key.text("public_key")).isEqualTo(EcKeys.encodePublic(bed.shopKey.getPublic()));
        assertThat(key.json().get("allowed_origins").get(0).asString()).isEqualTo(ORIGIN);
        assertThat(bed.server
                        .anonymous()
                        .get("/agent/v1/keys/" + bed.other.id() + "/" + bed.shopKid)
                        .status())
                .isEqualTo(404);
        assertThat(bed.server.anonymous().get("/agent/v1/server_key").text("kid"))
                .startsWith("pk_");
    }
}
