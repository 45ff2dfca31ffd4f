package io.relaypay.interchange.agent;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A phone number proving itself to enroll an agent: an SMS code, hashed with the enrollment id as
 * salt, a limited number of tries and a deadline.
 *
 * @param id {@code enr_…}
 * @param phoneNumber E.164
 * @param codeHash SHA-256 hex of id and code
 * @param attempts wrong codes so far
 * @param status where it stands
 * @param deviceId the device it enrolled, once confirmed
 * @param createdAt when it started
 * @param expiresAt the code's deadline
 */
public record Enrollment(
        String id,
        String phoneNumber,
        String codeHash,
        int attempts,
        Status status,
        Optional<String> deviceId,
        Instant createdAt,
        Instant expiresAt) {

    /** Where an enrollment stands. */
    public enum Status {
        /** Waiting for the SMS code. */
        REQUIRES_CODE,
        /** Confirmed; a device was enrolled. */
        SUCCEEDED,
        /** Too many wrong codes. */
        FAILED;

        /** The wire form. */
        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Requires every part. */
    public Enrollment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(phoneNumber, "phoneNumber");
        Objects.requireNonNull(codeHash, "codeHash");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
