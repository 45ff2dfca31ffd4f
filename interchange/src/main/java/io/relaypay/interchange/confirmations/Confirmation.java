package io.relaypay.interchange.confirmations;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How far the buyer got in confirming one payment: the hashes of the codes last sent, which parts
 * of the {@link Method} are done, and the wrong tries so far. Immutable; the {@code with…}
 * methods give the next state.
 *
 * @param paymentId the payment confirmed
 * @param userId the buyer
 * @param phoneNumber the number the codes went to; replies from any other number never match
 * @param method what must be done
 * @param replyCodeHash hash of the 5-digit reply code, when codes were sent
 * @param webCodeHash hash of the 6-character page code, when codes were sent
 * @param codeConfirmed whether a right code came in
 * @param pinConfirmed whether the right PIN came in
 * @param attempts wrong codes and PINs so far
 * @param sends confirmation messages sent so far
 * @param createdAt first issued
 * @param expiresAt the codes are refused from then on
 */
public record Confirmation(
        String paymentId,
        String userId,
        String phoneNumber,
        Method method,
        Optional<String> replyCodeHash,
        Optional<String> webCodeHash,
        boolean codeConfirmed,
        boolean pinConfirmed,
        int attempts,
        int sends,
        Instant createdAt,
        Instant expiresAt) {

    /** Requires every part. */
    public Confirmation {
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(phoneNumber, "phoneNumber");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(replyCodeHash, "replyCodeHash");
        Objects.requireNonNull(webCodeHash, "webCodeHash");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** Whether {@code typed} is the reply code or the page code, compared in constant time. */
    public boolean matches(String typed) {
        String hash = ConfirmationCodes.hash(paymentId, ConfirmationCodes.normalize(typed));
        boolean reply = replyCodeHash.map(h -> same(h, hash)).orElse(false);
        boolean web = webCodeHash.map(h -> same(h, hash)).orElse(false);
        return reply | web;
    }

    /** Whether the codes still count at {@code now}. */
    public boolean codesExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /** Whether everything the method asks for is done. */
    public boolean satisfied() {
        return (!method.needsCode() || codeConfirmed) && (!method.needsPin() || pinConfirmed);
    }

    /** This confirmation with its code part done. */
    public Confirmation withCode() {
        return new Confirmation(
                paymentId,
                userId,
                phoneNumber,
                method,
                replyCodeHash,
                webCodeHash,
                true,
                pinConfirmed,
                attempts,
                sends,
                createdAt,
                expiresAt);
    }

    /** This confirmation with its PIN part done. */
    public Confirmation withPin() {
        return new Confirmation(
                paymentId,
                userId,
                phoneNumber,
                method,
                replyCodeHash,
                webCodeHash,
                codeConfirmed,
                true,
                attempts,
                sends,
                createdAt,
                expiresAt);
    }

    /** This confirmation with one more wrong try. */
    public Confirmation withWrongTry() {
        return new Confirmation(
                paymentId,
                userId,
                phoneNumber,
                method,
                replyCodeHash,
                webCodeHash,
                codeConfirmed,
                pinConfirmed,
                attempts + 1,
                sends,
                createdAt,
                expiresAt);
    }

    /** This confirmation with new codes, valid until {@code until}; wrong tries are kept. */
    public Confirmation withCodes(String replyHash, String webHash, Instant until) {
        return new Confirmation(
                paymentId,
                userId,
                phoneNumber,
                method,
                Optional.of(replyHash),
                Optional.of(webHash),
                codeConfirmed,
                pinConfirmed,
                attempts,
                sends + 1,
                createdAt,
                until);
    }

    private static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }
}
