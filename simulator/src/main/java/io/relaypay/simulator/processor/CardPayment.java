package io.relaypay.simulator.processor;

import java.time.Instant;

/**
 * A card payment as it is now; each change is a new value.
 *
 * @param id {@code cp_...}
 * @param token the card charged
 * @param amount minor units authorized
 * @param currency ISO-4217 code
 * @param reference the client's reference, for look-ups after a lost answer
 * @param captureOnAuthorize whether authorizing also captures
 * @param status where it is
 * @param amountCaptured minor units captured
 * @param amountRefunded minor units refunded
 * @param declineCode why it was declined; empty otherwise
 * @param challengeId the open or last challenge; empty when none was asked
 * @param created when it was made
 */
public record CardPayment(
        String id,
        String token,
        long amount,
        String currency,
        String reference,
        boolean captureOnAuthorize,
        Status status,
        long amountCaptured,
        long amountRefunded,
        String declineCode,
        String challengeId,
        Instant created) {

    /** The states of a card payment. */
    public enum Status {
        /** Waiting for the buyer to complete the challenge. */
        REQUIRES_ACTION,
        /** Authorized, not captured. */
        AUTHORIZED,
        /** Captured (possibly partly refunded since). */
        CAPTURED,
        /** Voided before capture, or a challenge abandoned. */
        CANCELED,
        /** Refused by the issuer. */
        DECLINED
    }

    CardPayment with(Status next) {
        return new CardPayment(
                id,
                token,
                amount,
                currency,
                reference,
                captureOnAuthorize,
                next,
                amountCaptured,
                amountRefunded,
                declineCode,
                challengeId,
                created);
    }

    CardPayment declined(String code) {
        return new CardPayment(
                id,
                token,
                amount,
                currency,
                reference,
                captureOnAuthorize,
                Status.DECLINED,
                0,
                0,
                code,
                challengeId,
                created);
    }

    CardPayment captured(long captured) {
        return new CardPayment(
                id,
                token,
                amount,
                currency,
                reference,
                captureOnAuthorize,
                Status.CAPTURED,
                captured,
                amountRefunded,
                declineCode,
                challengeId,
                created);
    }

    CardPayment refunded(long more) {
        return new CardPayment(
                id,
                token,
                amount,
                currency,
                reference,
                captureOnAuthorize,
                status,
                amountCaptured,
                amountRefunded + more,
                declineCode,
                challengeId,
                created);
    }
}
