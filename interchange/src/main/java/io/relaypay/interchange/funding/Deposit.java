package io.relaypay.interchange.funding;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A user's deposit into their Relaypay balance from outside. Immutable; {@code with...} give the
 * next state.
 *
 * @param id {@code dep_...}, also the reference of the charge at the source
 * @param userId whose wallet is credited
 * @param kind the source
 * @param linkedAccountId the linked card, bank or email account; empty for the phone bill
 * @param display what may be shown of the instrument, e.g. {@code card ...4242}
 * @param amount minor units
 * @param currency ISO-4217 code
 * @param livemode live or test money
 * @param status where it is
 * @param confirmBy how the user confirms it
 * @param codeHash hashes of the codes sent by SMS (the reply code and the typed one, space-separated),
 *     when confirmed by code
 * @param attempts wrong codes or PINs so far
 * @param chargeId the source's id of the charge, once known
 * @param nextActionUrl where the buyer completes a card challenge
 * @param failureCode why it failed
 * @param amountRefunded minor units given back so far
 * @param createdAt when created
 * @param updatedAt when it last changed
 */
public record Deposit(
        String id,
        String userId,
        FundingKind kind,
        Optional<String> linkedAccountId,
        String display,
        long amount,
        String currency,
        boolean livemode,
        DepositStatus status,
        ConfirmBy confirmBy,
        Optional<String> codeHash,
        int attempts,
        Optional<String> chargeId,
        Optional<String> nextActionUrl,
        Optional<String> failureCode,
        long amountRefunded,
        Instant createdAt,
        Instant updatedAt) {

    /** How the user confirms a deposit before anything is charged. */
    public enum ConfirmBy {
        /** A code sent by SMS to the user's phone, typed back. */
        SMS_CODE,
        /** The user's PIN. */
        PIN
    }

    /** Requires every part. */
    public Deposit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(linkedAccountId, "linkedAccountId");
        Objects.requireNonNull(display, "display");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(confirmBy, "confirmBy");
        Objects.requireNonNull(codeHash, "codeHash");
        Objects.requireNonNull(chargeId, "chargeId");
        Objects.requireNonNull(nextActionUrl, "nextActionUrl");
        Objects.requireNonNull(failureCode, "failureCode");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** This deposit in {@code next} at {@code now}. */
    public Deposit with(DepositStatus next, Instant now) {
        return new Deposit(
                id,
                userId,
                kind,
                linkedAccountId,
                display,
                amount,
                currency,
                livemode,
                next,
                confirmBy,
                codeHash,
                attempts,
                chargeId,
                nextActionUrl,
                failureCode,
                amountRefunded,
                createdAt,
                now);
    }

    /** With the source's charge id and challenge page, as far as known. */
    public Deposit withCharge(String charge, Optional<String> actionUrl) {
        return new Deposit(
                id,
                userId,
                kind,
                linkedAccountId,
                display,
                amount,
                currency,
                livemode,
                status,
                confirmBy,
                codeHash,
                attempts,
                Optional.of(charge),
                actionUrl,
                failureCode,
                amountRefunded,
                createdAt,
                updatedAt);
    }

    /** Failed with {@code code} at {@code now}. */
    public Deposit failed(String code, Instant now) {
        return new Deposit(
                id,
                userId,
                kind,
                linkedAccountId,
                display,
                amount,
                currency,
                livemode,
                DepositStatus.FAILED,
                confirmBy,
                codeHash,
                attempts,
                chargeId,
                nextActionUrl,
                Optional.of(code),
                amountRefunded,
                createdAt,
                now);
    }

    /** With the hash of the code just sent. */
    public Deposit withCodeHash(String hash) {
        return new Deposit(
                id,
                userId,
                kind,
                linkedAccountId,
                display,
                amount,
                currency,
                livemode,
                status,
                confirmBy,
                Optional.of(hash),
                attempts,
                chargeId,
                nextActionUrl,
                failureCode,
                amountRefunded,
                createdAt,
                updatedAt);
    }

    /** With one more wrong code or PIN. */
    public Deposit withWrongAttempt(Instant now) {
        return new Deposit(
                id,
                userId,
                kind,
                linkedAccountId,
                display,
                amount,
                currency,
                livemode,
                status,
                confirmBy,
                codeHash,
                attempts + 1,
                chargeId,
                nextActionUrl,
                failureCode,
                amountRefunded,
                createdAt,
                now);
    }

    /** With {@code more} minor units given back. */
    public Deposit withRefunded(long more, Instant now) {
        return new Deposit(
                id,
                userId,
                kind,
                linkedAccountId,
                display,
                amount,
                currency,
                livemode,
                status,
                confirmBy,
                codeHash,
                attempts,
                chargeId,
                nextActionUrl,
                failureCode,
                amountRefunded + more,
                createdAt,
                now);
    }
}
