package io.relaypay.interchange.users;

import java.time.Instant;
import java.util.Optional;

/** Where users are kept. */
public interface UserStore {

    /** A user by id. */
    Optional<User> find(String userId);

    /** A user by E.164 number. */
    Optional<User> findByPhone(String phoneNumber);

    /**
     * Stores {@code user} unless its number is already known.
     *
     * @return whether it was stored (false: another request created the number first)
     */
    boolean insertIfAbsent(User user);

    /** Sets the PIN hash, clearing failures and any lock. */
    void setPinHash(String userId, String pinHash);

    /**
     * Counts one wrong PIN; the count reaching {@code maxFailures} locks PIN entry until
     * {@code lockUntil}. Atomic, so concurrent wrong PINs are all counted.
     *
     * @return wrong PINs in a row, this one included
     */
    int recordPinFailure(String userId, int maxFailures, Instant lockUntil);

    /** Clears the failure count and the lock (after a right PIN, or a lock that ran out). */
    void clearPinFailures(String userId);
}
