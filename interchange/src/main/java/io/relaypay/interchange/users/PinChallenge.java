package io.relaypay.interchange.users;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One SMS code round trip that allows setting a PIN.
 *
 * @param id {@code pch_…}
 * @param userId whose PIN it sets
 * @param codeHash SHA-256 of the id and the code
 * @param attempts wrong codes so far
 * @param createdAt when the code was sent
 * @param expiresAt after this the code is refused
 * @param completedAt when it was used, if it was
 */
public record PinChallenge(
        String id,
        String userId,
        String codeHash,
        int attempts,
        Instant createdAt,
        Instant expiresAt,
        Optional<Instant> completedAt) {

    /** Requires every part. */
    public PinChallenge {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(codeHash, "codeHash");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(completedAt, "completedAt");
    }
}
