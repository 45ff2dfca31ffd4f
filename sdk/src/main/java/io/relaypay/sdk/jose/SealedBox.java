package io.relaypay.sdk.jose;

import static java.util.Objects.requireNonNull;

import io.relaypay.sdk.jose.JoseException.Reason;
import io.relaypay.sdk.json.JsonException;
import io.relaypay.sdk.json.JsonObject;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts a small secret (a PIN) to a P-256 public key so only the holder of the private key reads it:
 * an ephemeral P-256 key agreement, HKDF-SHA256 (empty salt, info {@value #INFO}) to a 256-bit key, then
 * AES-256-GCM with a random 12-byte IV. Wire form:
 * {@code {"epk":"<b64url SPKI>","iv":"<b64url 12 bytes>","ct":"<b64url ciphertext||tag>"}}.
 *
 * <p>The plaintext passes as {@code char[]} or {@code byte[]} the caller owns and can zero; the copies
 * made here are zeroed before returning.
 */
public final class SealedBox {

    /** The HKDF info string, which binds the derived key to this use. */
    public static final String INFO = "relaypay-pin-v1";

    /** Largest plaintext sealed or opened: a PIN, not a document. */
    public static final int MAX_PLAINTEXT = 256;

    private static final int IV_LENGTH = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private SealedBox() {}

    /** {@code plaintext} sealed to {@code recipient}, as the wire JSON. */
    public static String seal(byte[] plaintext, PublicKey recipient) {
        requireNonNull(plaintext, "plaintext");
        if (plaintext.length > MAX_PLAINTEXT) {
            throw new IllegalArgumentException("a sealed box holds at most " + MAX_PLAINTEXT + " bytes");
        }
        EcKeys.requireP256(recipient);
        KeyPair ephemeral = EcKeys.generate();
        byte[] key = derive(ephemeral.getPrivate(), recipient);
        byte[] iv = new byte[IV_LENGTH];
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, iv));
            byte[] ct = cipher.doFinal(plaintext);
            return JsonObject.builder()
                    .put("epk", EcKeys.encodePublic(ephemeral.getPublic()))
                    .put("iv", Base64Url.encode(iv))
                    .put("ct", Base64Url.encode(ct))
                    .build()
                    .toJson();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256-GCM is part of every JDK", e);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /** {@code plaintext} (UTF-8 encoded) sealed to {@code recipient}; the UTF-8 copy is zeroed. */
    public static String seal(char[] plaintext, PublicKey recipient) {
        byte[] bytes = utf8(requireNonNull(plaintext, "plaintext"));
        try {
            return seal(bytes, recipient);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /**
     * The plaintext of the sealed box {@code json}; the caller zeroes it when done.
     *
     * @throws JoseException ({@link Reason#MALFORMED}) if it is not the wire JSON, or
     *     ({@link Reason#DECRYPTION_FAILED}) if it was tampered with or sealed to another key
     */
    public static byte[] open(String json, PrivateKey recipient) {
        EcKeys.requireP256(recipient);
        Box box = parse(json);
        PublicKey epk;
        try {
            epk = EcKeys.decodePublic(box.epk());
        } catch (JoseException e) {
            throw new JoseException(Reason.MALFORMED, "sealed box epk is not a P-256 public key", e);
        }
        byte[] iv = Base64Url.decode(box.iv(), "sealed box iv");
        byte[] ct = Base64Url.decode(box.ct(), "sealed box ct");
        if (iv.length != IV_LENGTH || ct.length < TAG_BITS / 8 || ct.length > MAX_PLAINTEXT + TAG_BITS / 8) {
            throw new JoseException(Reason.MALFORMED, "sealed box iv or ct has the wrong length");
        }
        byte[] key = derive(recipient, epk);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, iv));
            return cipher.doFinal(ct);
        } catch (AEADBadTagException e) {
            throw new JoseException(Reason.DECRYPTION_FAILED, "sealed box does not open under this key", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256-GCM is part of every JDK", e);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /**
     * The plaintext of the sealed box {@code json} decoded as UTF-8; the caller zeroes it when done.
     *
     * @throws JoseException as {@link #open}, or ({@link Reason#MALFORMED}) if it is not UTF-8
     */
    public static char[] openChars(String json, PrivateKey recipient) {
        byte[] bytes = open(json, recipient);
        try {
            CharBuffer chars = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            char[] result = Arrays.copyOfRange(chars.array(), chars.position(), chars.limit());
            Arrays.fill(chars.array(), '\0');
            return result;
        } catch (CharacterCodingException e) {
            throw new JoseException(Reason.MALFORMED, "sealed box plaintext is not UTF-8", e);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    private record Box(String epk, String iv, String ct) {}

    private static Box parse(String json) {
        if (json == null || json.length() > 4096) {
            throw new JoseException(Reason.MALFORMED, "sealed box is missing or too long");
        }
        JsonObject box;
        try {
            box = JsonObject.parse(json);
        } catch (JsonException e) {
            throw new JoseException(Reason.MALFORMED, "sealed box is not a JSON object", e);
        }
        return new Box(field(box, "epk"), field(box, "iv"), field(box, "ct"));
    }

    private static String field(JsonObject box, String name) {
        return box.string(name).orElseThrow(() -> new JoseException(Reason.MALFORMED, "sealed box has no " + name));
    }

    private static byte[] derive(PrivateKey own, PublicKey other) {
        byte[] shared = null;
        try {
            KeyAgreement agreement = KeyAgreement.getInstance("ECDH");
            agreement.init(own);
            agreement.doPhase(other, true);
            shared = agreement.generateSecret();
            return hkdfSha256(shared, INFO.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new JoseException(Reason.DECRYPTION_FAILED, "ECDH key agreement failed", e);
        } finally {
            if (shared != null) {
                Arrays.fill(shared, (byte) 0);
            }
        }
    }

    // RFC 5869 with an empty salt (HashLen zeros) and one output block: L = 32 bytes = HashLen.
    private static byte[] hkdfSha256(byte[] ikm, byte[] info) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(new byte[32], "HmacSHA256"));
        byte[] prk = mac.doFinal(ikm);
        try {
            mac.init(new SecretKeySpec(prk, "HmacSHA256"));
            mac.update(info);
            mac.update((byte) 1);
            return mac.doFinal();
        } finally {
            Arrays.fill(prk, (byte) 0);
        }
    }

    private static byte[] utf8(char[] chars) {
        ByteBuffer buffer = StandardCharsets.UTF_8.encode(CharBuffer.wrap(chars));
        byte[] bytes = Arrays.copyOfRange(buffer.array(), buffer.position(), buffer.limit());
        Arrays.fill(buffer.array(), (byte) 0);
        return bytes;
    }
}
