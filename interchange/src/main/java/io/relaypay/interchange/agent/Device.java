package io.relaypay.interchange.agent;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An enrolled agent: a device key bound to the phone number that proved itself by SMS code. While
 * not revoked it is an {@code AGENT_INTERNET} reach channel of that phone.
 *
 * @param id {@code dev_…}
 * @param phoneNumber E.164, the payer of every payment it makes
 * @param userId the user of that number
 * @param publicKey base64url SPKI of the device's P-256 key
 * @param name what the user called it
 * @param platform the agent's platform ({@code linux}, {@code macos}, {@code windows}, …)
 * @param createdAt when it was enrolled
 * @param revokedAt when it was revoked
 */
public record Device(
        String id,
        String phoneNumber,
        String userId,
        String publicKey,
        String name,
        String platform,
        Instant createdAt,
        Optional<Instant> revokedAt) {

    /** Requires every part. */
    public Device {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(phoneNumber, "phoneNumber");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(revokedAt, "revokedAt");
    }

    /** Whether it may still sign requests. */
    public boolean active() {
        return revokedAt.isEmpty();
    }
}
