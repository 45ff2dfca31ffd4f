package io.relaypay.interchange.users;

import io.relaypay.interchange.common.Hashes;
import io.relaypay.interchange.common.Ids;
import io.relaypay.interchange.common.Transactions;
import io.relaypay.interchange.messages.MessageSender;
import io.relaypay.interchange.messages.PhoneMessage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Setting or changing a PIN, allowed only after an SMS code round trip: the code goes to the phone,
 * the person types it with the new PIN. Whoever holds the phone may set its PIN; the old PIN is not
 * asked, so a forgotten or locked PIN is recovered the same way. A code is tried a few times and
 * used once; codes are not sent to the same number more often than the configured interval.
 */
public final class PinChanges {

    private static final Logger log = LoggerFactory.getLogger(PinChanges.class);
    private final UserService users;
    private final PinChallengeStore challenges;
    private final MessageSender sender;
    private final Transactions transactions;
    private final Ids ids;
    private final Clock clock;
    private final Settings settings;
    private final SecureRandom random = new SecureRandom();

    /**
     * Limits of the round trip.
     *
     * @param ttl how long a code is valid
     * @param attempts wrong codes before the challenge is dead
     * @param interval least time between two codes to one number
     */
    public record Settings(Duration ttl, int attempts, Duration interval) {
        /** Requires sane limits. */
        public Settings {
            Objects.requireNonNull(ttl, "ttl");
            Objects.requireNonNull(interval, "interval");
            if (attempts < 1) {
                throw new IllegalArgumentException("attempts must be at least 1");
            }
        }
    }

    /** What asking for a code did. */
    public sealed interface Start {
        /** The code is on its way; the person continues at challenge {@code challengeId}. */
        record Sent(String challengeId) implements Start {}

        /** A code went to this number moments ago; ask again after {@code retryAfter}. */
        record TooSoon(Duration retryAfter) implements Start {}

        /** No route reaches the number. */
        record Unreachable() implements Start {}
    }

    /** What typing the code and the new PIN did. */
    public sealed interface Finish {
        /** The PIN of {@code userId} is set. */
        record Done(String userId) implements Finish {}

        /** Wrong code; {@code triesLeft} more are allowed. */
        record WrongCode(int triesLeft) implements Finish {}

        /** The code is no longer valid (expired, used, or too many wrong tries): ask for a new one. */
        record Spent() implements Finish {}
    }

    /** A flow over {@code users} and {@code challenges}, sending codes with {@code sender}. */
    public PinChanges(
            UserService users,
            PinChallengeStore challenges,
            MessageSender sender,
            Transactions transactions,
            Ids ids,
            Clock clock,
            Settings settings) {
        this.users = Objects.requireNonNull(users, "users");
        this.challenges = Objects.requireNonNull(challenges, "challenges");
        this.sender = Objects.requireNonNull(sender, "sender");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** Sends a code to {@code phoneNumber} (E.164), creating its user on first sight. */
    public Start start(String phoneNumber) {
        User user = users.findOrCreate(phoneNumber);
        Instant now = clock.instant();
        Optional<Instant> last = challenges.latest(user.id()).map(PinChallenge::createdAt);
        if (last.isPresent() && last.get().plus(settings.interval()).isAfter(now)) {
            return new Start.TooSoon(Duration.between(now, last.get().plus(settings.interval())));
        }
        String code = digits(6);
        String id = ids.next("pch");
        PinChallenge stored =
                new PinChallenge(id, user.id(), hash(id, code), 0, now, now.plus(settings.ttl()), Optional.empty());
        String text = "Relaypay: your code to set your PIN is " + code + ". It is valid for "
                + settings.ttl().toMinutes() + " minutes. Not you? Ignore this message.";
        try {
            transactions.inTransaction(() -> {
                challenges.insert(stored);
                return sender.send(
                        new PhoneMessage(phoneNumber, text, PhoneMessage.Purpose.POSSESSION_CODE, stored.id()));
            });
        } catch (MessageSender.NoRouteException e) {
            log.info("user {} PIN code not sent: no route", user.id());
            return new Start.Unreachable();
        }
        log.info("user {} PIN code sent, challenge {}", user.id(), stored.id());
        return new Start.Sent(stored.id());
    }

    /** Whether {@code challengeId} can still take a code. */
    public boolean open(String challengeId) {
        return challenges.find(challengeId).filter(this::usable).isPresent();
    }

    /** Sets {@code newPin} if {@code code} is the one sent for {@code challengeId}. */
    public Finish finish(String challengeId, String code, Pin newPin) {
        Optional<PinChallenge> found = challenges.find(challengeId).filter(this::usable);
        if (found.isEmpty()) {
            return new Finish.Spent();
        }
        PinChallenge challenge = found.get();
        String typed = code == null ? "" : code.strip();
        if (!MessageDigest.isEqual(
                challenge.codeHash().getBytes(StandardCharsets.US_ASCII),
                hash(challengeId, typed).getBytes(StandardCharsets.US_ASCII))) {
            int attempts = challenges.recordAttempt(challengeId);
            log.info("PIN challenge {} wrong code, {} so far", challengeId, attempts);
            int left = settings.attempts() - attempts;
            return left > 0 ? new Finish.WrongCode(left) : new Finish.Spent();
        }
        if (!challenges.complete(challengeId, clock.instant())) {
            return new Finish.Spent();
        }
        users.setPin(challenge.userId(), newPin);
        users.find(challenge.userId()).ifPresent(user -> notifyChanged(user, challengeId));
        return new Finish.Done(challenge.userId());
    }

    private void notifyChanged(User user, String challengeId) {
        try {
            sender.send(new PhoneMessage(
                    user.phoneNumber(),
                    "Relaypay: your PIN was changed. Not you? Set a new one at once on the Relaypay account page.",
                    PhoneMessage.Purpose.NOTICE,
                    challengeId));
        } catch (RuntimeException e) {
            log.warn(
                    "user {} PIN change notice not sent: {}",
                    user.id(),
                    e.getClass().getSimpleName());
        }
    }

    private boolean usable(PinChallenge challenge) {
        return challenge.completedAt().isEmpty()
                && challenge.attempts() < settings.attempts()
                && clock.instant().isBefore(challenge.expiresAt());
    }

    private String digits(int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append((char) ('0' + random.nextInt(10)));
        }
        return out.toString();
    }

    private static String hash(String salt, String code) {
        return Hashes.sha256Hex(salt + ":" + code);
    }
}
