package io.relaypay.sdk.jose;

import io.relaypay.sdk.jose.JoseException.Reason;
import java.nio.charset.StandardCharsets;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.ECKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * EC P-256 keys: generation, and the encodings Relaypay exchanges — public keys as base64url of their
 * X.509 SubjectPublicKeyInfo DER, private keys as PKCS#8 DER or PEM (for storage by their owner only).
 * Every decoder checks that the key is on P-256, so a key of another curve never reaches a verifier.
 */
public final class EcKeys {

    private static final ECParameterSpec P256 = p256();
    private static final String PEM_BEGIN = "-----BEGIN PRIVATE KEY-----";
    private static final String PEM_END = "-----END PRIVATE KEY-----";

    private EcKeys() {}

    /** A fresh P-256 key pair from the platform's strong random source. */
    public static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("EC P-256 is part of every JDK", e);
        }
    }

    /** {@code key} as base64url of its X.509 SubjectPublicKeyInfo DER. */
    public static String encodePublic(PublicKey key) {
        return Base64Url.encode(requireP256(key).getEncoded());
    }

    /**
     * The P-256 public key in base64url SPKI {@code encoded}.
     *
     * @throws JoseException if it is not base64url, not SPKI DER, or not a P-256 key
     */
    public static ECPublicKey decodePublic(String encoded) {
        byte[] der = Base64Url.decode(encoded, "public key");
        try {
            PublicKey key = KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(der));
            return (ECPublicKey) requireP256(key);
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new JoseException(Reason.INVALID_KEY, "public key is not an EC P-256 SubjectPublicKeyInfo", e);
        }
    }

    /** {@code key} as PKCS#8 DER. */
    public static byte[] encodePrivate(PrivateKey key) {
        return requireP256(key).getEncoded();
    }

    /**
     * The P-256 private key in PKCS#8 DER {@code der}.
     *
     * @throws JoseException if it is not PKCS#8 DER of a P-256 key
     */
    public static ECPrivateKey decodePrivate(byte[] der) {
        try {
            PrivateKey key = KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(der));
            return (ECPrivateKey) requireP256(key);
        } catch (GeneralSecurityException | ClassCastException | NullPointerException e) {
            throw new JoseException(Reason.INVALID_KEY, "private key is not EC P-256 PKCS#8", e);
        }
    }

    /** {@code key} as a PKCS#8 PEM ({@code -----BEGIN PRIVATE KEY-----}), as OpenSSL writes it. */
    public static String encodePrivatePem(PrivateKey key) {
        String body = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(encodePrivate(key));
        return PEM_BEGIN + "\n" + body + "\n" + PEM_END + "\n";
    }

    /**
     * The P-256 private key in PKCS#8 PEM {@code pem}.
     *
     * @throws JoseException if it is not such a PEM
     */
    public static ECPrivateKey decodePrivatePem(String pem) {
        if (pem == null) {
            throw new JoseException(Reason.INVALID_KEY, "private key PEM is missing");
        }
        int begin = pem.indexOf(PEM_BEGIN);
        int end = pem.indexOf(PEM_END);
        if (begin < 0 || end < begin) {
            throw new JoseException(Reason.INVALID_KEY, "not a PKCS#8 PEM (BEGIN PRIVATE KEY)");
        }
        String body = pem.substring(begin + PEM_BEGIN.length(), end).replaceAll("\\s", "");
        try {
            return decodePrivate(Base64.getDecoder().decode(body.getBytes(StandardCharsets.US_ASCII)));
        } catch (IllegalArgumentException e) {
            throw new JoseException(Reason.INVALID_KEY, "PKCS#8 PEM body is not base64", e);
        }
    }

    /**
     * {@code key} itself when it is an EC key on P-256.
     *
     * @throws JoseException ({@link Reason#INVALID_KEY}) otherwise
     */
    public static <K extends java.security.Key> K requireP256(K key) {
        if (key instanceof ECKey ec && isP256(ec.getParams())) {
            return key;
        }
        throw new JoseException(Reason.INVALID_KEY, "key is not an EC P-256 key");
    }

    private static boolean isP256(ECParameterSpec params) {
        return params != null
                && params.getCurve().equals(P256.getCurve())
                && params.getGenerator().equals(P256.getGenerator())
                && params.getOrder().equals(P256.getOrder())
                && params.getCofactor() == P256.getCofactor();
    }

    private static ECParameterSpec p256() {
        try {
            AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
            parameters.init(new ECGenParameterSpec("secp256r1"));
            return parameters.getParameterSpec(ECParameterSpec.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("EC P-256 is part of every JDK", e);
        }
    }
}
