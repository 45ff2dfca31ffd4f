package io.relaypay.interchange.agent;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One of the interchange's own P-256 keys, as stored: the private half sealed with the master key.
 *
 * @param kid {@code rk_…} for receipt keys, {@code pk_…} for PIN keys
 * @param purpose what the key is for
 * @param publicKey base64url SPKI
 * @param sealedPrivateKey PKCS#8 DER, base64, sealed with {@code SecretBox}
 * @param createdAt when it was generated
 * @param retiredAt when a newer key replaced it; a retired receipt key stays listed for verifiers
 */
public record ServerKey(
        String kid,
        Purpose purpose,
        String publicKey,
        String sealedPrivateKey,
        Instant createdAt,
        Optional<Instant> retiredAt) {

    /** What a server key is for. */
    public enum Purpose {
        /** Signs receipts. */
        RECEIPT,
        /** Opens PINs the agent sealed to it. */
        PIN
    }

    /** Requires every part. */
    public ServerKey {
        Objects.requireNonNull(kid, "kid");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(sealedPrivateKey, "sealedPrivateKey");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(retiredAt, "retiredAt");
    }
}
