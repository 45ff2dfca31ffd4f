package io.relaypay.interchange.users;

import io.relaypay.interchange.common.ApiException;
import io.relaypay.interchange.common.Ids;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Buyers by phone number and their PINs: find-or-create, and the PIN check with its lockout. Wrong
 * PINs are counted in {@code users.pin_failures}, which the decision engine reads as the buyer's
 * failed-PIN signal; the lock runs out by itself, and a right PIN or a new PIN clears the count.
 */
public final class UserService {

    private static final Logger log = LoggerFactory.getLogger(UserService.class);
    private final UserStore store;
    private final PinHasher hasher;
    private final Ids ids;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lock;

    /**
     * A service over {@code store}.
     *
     * @param maxFailures wrong PINs in a row that lock PIN entry
     * @param lock how long the lock lasts
     */
    public UserService(UserStore store, PinHasher hasher, Ids ids, Clock clock, int maxFailures, Duration lock) {
        this.store = Objects.requireNonNull(store, "store");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be at least 1");
        }
        this.maxFailures = maxFailures;
        this.lock = Objects.requireNonNull(lock, "lock");
    }

    /** The user of {@code phoneNumber} (E.164), created on first sight. Safe under concurrent calls. */
    public User findOrCreate(String phoneNumber) {
        Optional<User> known = store.findByPhone(phoneNumber);
        if (known.isPresent()) {
            return known.get();
        }
        User fresh = new User(ids.next("usr"), phoneNumber, Optional.empty(), 0, Optional.empty(), clock.instant());
        if (store.insertIfAbsent(fresh)) {
            log.info("user {} created", fresh.id());
            return fresh;
        }
        return store.findByPhone(phoneNumber)
                .orElseThrow(() -> new IllegalStateException("user vanished right after a concurrent insert"));
    }

    /** A user by id. */
    public Optional<User> find(String userId) {
        return store.find(userId);
    }

    /** A user by E.164 number. */
    public Optional<User> findByPhone(String phoneNumber) {
        return store.findByPhone(phoneNumber);
    }

    /**
     * Checks {@code pin} against the user's PIN. The slow hash runs outside any transaction; the
     * failure count is updated atomically, so concurrent guesses are all counted.
     */
    public PinCheck checkPin(String userId, Pin pin) {
        User user = store.find(userId).orElseThrow(() -> ApiException.notFound("user", userId));
        Instant now = clock.instant();
        if (user.pinHash().isEmpty()) {
            return new PinCheck.NotSet();
        }
        if (user.pinLocked(now)) {
            return new PinCheck.Locked(user.pinLockedUntil().orElseThrow());
        }
        if (user.pinLockedUntil().isPresent()) {
            // The lock ran out: a new series of tries starts.
            store.clearPinFailures(userId);
        }
        String encoded = user.pinHash().get();
        if (hasher.matches(pin, encoded)) {
            if (user.pinFailures() > 0) {
                store.clearPinFailures(userId);
            }
            if (hasher.outdated(encoded)) {
                store.setPinHash(userId, hasher.hash(pin));
            }
            return new PinCheck.Correct();
        }
        Instant until = now.plus(lock);
        int failures = store.recordPinFailure(userId, maxFailures, until);
        log.info("user {} wrong PIN, {} in a row", userId, failures);
        if (failures >= maxFailures) {
            log.warn("user {} PIN entry locked until {}", userId, until);
            return new PinCheck.Locked(until);
        }
        return new PinCheck.Wrong(maxFailures - failures);
    }

    /** Sets the user's PIN and clears any lock; only {@link PinChanges} calls this, after an SMS code. */
    void setPin(String userId, Pin pin) {
        store.setPinHash(userId, hasher.hash(pin));
        log.info("user {} PIN set", userId);
    }
}
