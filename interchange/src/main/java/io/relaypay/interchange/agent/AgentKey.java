package io.relaypay.interchange.agent;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A merchant's payment-token signing key: the public half, registered through {@code /v1/agent_keys}.
 *
 * @param id {@code akey_…}, the {@code kid} of the tokens it signs
 * @param merchantId the merchant
 * @param livemode whether tokens it signs make live payments
 * @param publicKey base64url SPKI of the P-256 public key
 * @param allowedOrigins the pages allowed to present its tokens to the agent
 * @param createdAt when it was registered
 * @param revokedAt when it was revoked; tokens it signed are refused from then on
 */
public record AgentKey(
        String id,
        String merchantId,
        boolean livemode,
        String publicKey,
        List<String> allowedOrigins,
        Instant createdAt,
        Optional<Instant> revokedAt) {

    /** Requires every part. */
    public AgentKey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(merchantId, "merchantId");
        Objects.requireNonNull(publicKey, "publicKey");
        allowedOrigins = List.copyOf(allowedOrigins);
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(revokedAt, "revokedAt");
    }

    /** Whether the key still signs valid tokens. */
    public boolean active() {
        return revokedAt.isEmpty();
    }
}
