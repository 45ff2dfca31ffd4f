package io.relaypay.agent.payment;

import io.relaypay.agent.http.Json;
import io.relaypay.agent.interchange.InterchangeClient;
import io.relaypay.agent.interchange.ServerKey;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The contract's sealed box with the JDK alone: an ephemeral P-256 key agrees a secret with the
 * interchange's key (ECDH), HKDF-SHA256 (empty salt, info {@code relaypay-pin-v1}) turns it into
 * an AES-256 key, and AES-GCM (12-byte random IV, 128-bit tag, no AAD) seals the PIN's UTF-8
 * bytes. Every intermediate secret is zeroed.
 */
public final class JdkPinSealer implements PinSealer {

    static final byte[] INFO = "relaypay-pin-v1".getBytes(StandardCharsets.US_ASCII);
    private final SecureRandom random = new SecureRandom();

    @Override
    public JsonNode seal(char[] pin, ServerKey key) {
        byte[] secret = null;
        byte[] aesKey = null;
        byte[] plain = null;
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair ephemeral = generator.generateKeyPair();
            KeyAgreement agreement = KeyAgreement.getInstance("ECDH");
            agreement.init(ephemeral.getPrivate());
            agreement.doPhase(key.publicKey(), true);
            secret = agreement.generateSecret();
            aesKey = hkdf(secret, INFO, 32);
            byte[] iv = new byte[12];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(aesKey, "AES"), new GCMParameterSpec(128, iv));
            plain = utf8(pin);
            byte[] sealed = cipher.doFinal(plain);
            Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
            ObjectNode box = Json.object();
            box.put("epk", InterchangeClient.encode(ephemeral.getPublic()));
            box.put("iv", b64.encodeToString(iv));
            box.put("ct", b64.encodeToString(sealed));
            return box;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK cannot seal with P-256 and AES-GCM", e);
        } finally {
            zero(secret);
            zero(aesKey);
            zero(plain);
        }
    }

    /** RFC 5869 with an empty salt (a zero-filled block) and one or two expand rounds. */
    static byte[] hkdf(byte[] inputKey, byte[] info, int length) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(new byte[32], "HmacSHA256"));
        byte[] prk = mac.doFinal(inputKey);
        mac.init(new SecretKeySpec(prk, "HmacSHA256"));
        byte[] out = new byte[length];
        byte[] previous = new byte[0];
        for (int i = 0, counter = 1; i < length; counter++) {
            mac.update(previous);
            mac.update(info);
            mac.update((byte) counter);
            previous = mac.doFinal();
            int n = Math.min(previous.length, length - i);
            System.arraycopy(previous, 0, out, i, n);
            i += n;
        }
        zero(prk);
        zero(previous);
        return out;
    }

    private static byte[] utf8(char[] pin) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(pin));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        if (encoded.hasArray()) {
            Arrays.fill(encoded.array(), (byte) 0);
        }
        return bytes;
    }

    private static void zero(byte[] bytes) {
        if (bytes != null) {
            Arrays.fill(bytes, (byte) 0);
        }
    }
}
