package io.relaypay.interchange.merchants;

import java.time.Instant;
import java.util.Optional;

/**
 * A merchant's secret API key as stored: the secret itself is only ever shown once, at creation.
 *
 * @param id {@code key_…}, to name the key when revoking it
 * @param merchantId its merchant
 * @param livemode live or test key
 * @param hint the secret's last four characters
 * @param createdAt when it was issued
 * @param revokedAt when it was revoked, if it was
 */
public record ApiKey(
        String id, String merchantId, boolean livemode, String hint, Instant createdAt, Optional<Instant> revokedAt) {}
