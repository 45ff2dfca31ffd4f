package io.relaypay.sdk.jose;

import io.relaypay.sdk.jose.JoseException.Reason;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;

/**
 * ECDSA P-256 with SHA-256 in the fixed 64-byte {@code r || s} form (IEEE P1363) JOSE uses, over raw
 * bytes. {@link Jws} builds on it; the agent's device-signature header uses it directly.
 */
public final class Es256 {

    /** The length of an ES256 signature: {@code r} and {@code s}, 32 bytes each. */
    public static final int SIGNATURE_LENGTH = 64;

    private static final String ALGORITHM = "SHA256withECDSAinP1363Format";

    private Es256() {}

    /** The 64-byte signature of {@code data} under P-256 {@code key}. */
    public static byte[] sign(byte[] data, PrivateKey key) {
        EcKeys.requireP256(key);
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(key);
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("ES256 signing failed with a valid P-256 key", e);
        }
    }

    /**
     * Whether {@code signature} is a valid 64-byte signature of {@code data} under P-256 {@code key}.
     * A signature of any other length, including the all-zero one, is simply not valid.
     *
     * @throws JoseException ({@link Reason#INVALID_KEY}) if {@code key} is not a P-256 key
     */
    public static boolean verify(byte[] data, byte[] signature, PublicKey key) {
        EcKeys.requireP256(key);
        if (signature == null || signature.length != SIGNATURE_LENGTH || allZero(signature)) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(key);
            verifier.update(data);
            return verifier.verify(signature);
        } catch (SignatureException e) {
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("ES256 verification could not run", e);
        }
    }

    // r = 0 or s = 0 is never valid; refusing it here does not depend on the JDK having CVE-2022-21449 fixed.
    private static boolean allZero(byte[] signature) {
        int half = SIGNATURE_LENGTH / 2;
        boolean rZero = true;
        boolean sZero = true;
        for (int i = 0; i < half; i++) {
            rZero &= signature[i] == 0;
            sZero &= signature[half + i] == 0;
        }
        return rZero || sZero;
    }
}
