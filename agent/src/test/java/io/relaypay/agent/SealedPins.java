package io.relaypay.agent;

import io.relaypay.agent.interchange.InterchangeClient;
import java.security.PrivateKey;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.JsonNode;

/** Opens a sealed PIN the way the interchange does, written from the contract, not from the sealer. */
final class SealedPins {

    private SealedPins() {}

    static byte[] open(JsonNode box, PrivateKey key) throws Exception {
        Base64.Decoder b64 = Base64.getUrlDecoder();
        KeyAgreement agreement = KeyAgreement.getInstance("ECDH");
        agreement.init(key);
        agreement.doPhase(InterchangeClient.publicKey(box.get("epk").asString()), true);
        byte[] secret = agreement.generateSecret();
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(new byte[32], "HmacSHA256"));
        byte[] prk = mac.doFinal(secret);
        mac.init(new SecretKeySpec(prk, "HmacSHA256"));
        mac.update("relaypay-pin-v1".getBytes());
        mac.update((byte) 1);
        byte[] aesKey = mac.doFinal();
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(
                Cipher.DECRYPT_MODE,
                new SecretKeySpec(aesKey, "AES"),
                new GCMParameterSpec(128, b64.decode(box.get("iv").asString())));
        return cipher.doFinal(b64.decode(box.get("ct").asString()));
    }
}
