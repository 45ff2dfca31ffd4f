package io.relaypay.interchange.deposits;

import io.relaypay.interchange.confirmations.ConfirmationCodes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A user's request to fund their balance by premium messages billed to their phone.
 *
 * @param id {@code dep_…}
 * @param userId the user credited
 * @param phoneNumber the phone billed (E.164)
 * @param carrier the phone's carrier, which bills and keeps its share
 * @param source where the request came from
 * @param livemode whether it books live money
 * @param amount what the user asked for, in minor units
 * @param currency ISO-4217
 * @param planned what the plan's messages bill together (the closest the price points allow)
 * @param billed what delivery receipts confirmed so far; exactly what the user was credited
 * @param status where it is
 * @param replyCodeHash hash of the 5-digit code to reply by SMS
 * @param webCodeHash hash of the 6-character code to type on the deposit page
 * @param confirmAttempts wrong codes so far
 * @param confirmExpiresAt the codes are refused from then on, and the janitor expires it
 * @param confirmedAt when the user confirmed
 * @param createdAt when it was requested
 * @param updatedAt when it last changed
 */
public record Deposit(
        String id,
        String userId,
        String phoneNumber,
        String carrier,
        DepositSource source,
        boolean livemode,
        long amount,
        String currency,
        long planned,
        long billed,
        DepositStatus status,
        Optional<String> replyCodeHash,
        Optional<String> webCodeHash,
        int confirmAttempts,
        Instant confirmExpiresAt,
        Optional<Instant> confirmedAt,
        Instant createdAt,
        Instant updatedAt) {

    /** Requires every part. */
    public Deposit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(phoneNumber, "phoneNumber");
        Objects.requireNonNull(carrier, "carrier");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(replyCodeHash, "replyCodeHash");
        Objects.requireNonNull(webCodeHash, "webCodeHash");
        Objects.requireNonNull(confirmExpiresAt, "confirmExpiresAt");
        Objects.requireNonNull(confirmedAt, "confirmedAt");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** Whether {@code typed} is the reply code or the page code, compared in constant time. */
    public boolean matches(String typed) {
        String hash = ConfirmationCodes.hash(id, ConfirmationCodes.normalize(typed));
        boolean reply = replyCodeHash.map(h -> same(h, hash)).orElse(false);
        boolean web = webCodeHash.map(h -> same(h, hash)).orElse(false);
        return reply | web;
    }

    /** Whether the codes still count at {@code now}. */
    public boolean codesExpired(Instant now) {
        return !now.isBefore(confirmExpiresAt);
    }

    /** This deposit in {@code status}, changed at {@code now}. */
    public Deposit with(DepositStatus status, Instant now) {
        return withAttempts(status, confirmAttempts, now);
    }

    /** This deposit in {@code status} after {@code attempts} wrong codes, changed at {@code now}. */
    public Deposit withAttempts(DepositStatus status, int attempts, Instant now) {
        return new Deposit(
                id,
                userId,
                phoneNumber,
                carrier,
                source,
                livemode,
                amount,
                currency,
                planned,
                billed,
                status,
                replyCodeHash,
                webCodeHash,
                attempts,
                confirmExpiresAt,
                confirmedAt,
                createdAt,
                now);
    }

    /** This deposit confirmed at {@code now}, in {@code status}. */
    public Deposit confirmed(DepositStatus status, Instant now) {
        return new Deposit(
                id,
                userId,
                phoneNumber,
                carrier,
                source,
                livemode,
                amount,
                currency,
                planned,
                billed,
                status,
                replyCodeHash,
                webCodeHash,
                confirmAttempts,
                confirmExpiresAt,
                Optional.of(now),
                createdAt,
                now);
    }

    private static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }
}
