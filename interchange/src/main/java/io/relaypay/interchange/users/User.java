package io.relaypay.interchange.users;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A buyer, known by the phone number that confirms their payments.
 *
 * @param id {@code usr_…}
 * @param phoneNumber E.164 number, unique
 * @param pinHash the encoded PIN hash ({@link PinHasher}), when a PIN is set
 * @param pinFailures wrong PINs in a row since the last right one (the decision engine reads it)
 * @param pinLockedUntil no PIN is checked before this time, after too many wrong ones
 * @param createdAt when the number was first seen
 */
public record User(
        String id,
        String phoneNumber,
        Optional<String> pinHash,
        int pinFailures,
        Optional<Instant> pinLockedUntil,
        Instant createdAt) {

    /** Requires every part. */
    public User {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(phoneNumber, "phoneNumber");
        Objects.requireNonNull(pinHash, "pinHash");
        Objects.requireNonNull(pinLockedUntil, "pinLockedUntil");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Whether the user has set a PIN. */
    public boolean hasPin() {
        return pinHash.isPresent();
    }

    /** Whether PIN entry is locked at {@code now}. */
    public boolean pinLocked(Instant now) {
        return pinLockedUntil.filter(now::isBefore).isPresent();
    }

    /** {@code +4915112345671} as {@code •••• 5671}, for pages anyone with the link can see. */
    public static String masked(String phoneNumber) {
        return "\u2022\u2022\u2022\u2022 " + phoneNumber.substring(Math.max(0, phoneNumber.length() - 4));
    }
}
