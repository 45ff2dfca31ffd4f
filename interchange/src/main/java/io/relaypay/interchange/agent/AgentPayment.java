package io.relaypay.interchange.agent;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A payment token spent by a device: the nonce is the key, so a token pays at most once; the stored
 * receipt is the answer to every repeat of the same request.
 *
 * @param nonce the token's nonce, unique
 * @param tokenHash SHA-256 hex of the whole token, to tell a repeat from a replay of a reused nonce
 * @param deviceId the device that spent it
 * @param paymentId the payment it made
 * @param receipt the signed receipt, once the payment ended
 * @param createdAt when it was spent
 */
public record AgentPayment(
        String nonce,
        String tokenHash,
        String deviceId,
        String paymentId,
        Optional<String> receipt,
        Instant createdAt) {

    /** Requires every part. */
    public AgentPayment {
        Objects.requireNonNull(nonce, "nonce");
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(receipt, "receipt");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
