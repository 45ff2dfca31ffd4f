package io.relaypay.simulator.processor;

import java.time.Instant;

/**
 * A charge to a stored-value account (a wallet named by an email address), immediate: it succeeds
 * or is declined.
 *
 * @param id {@code sv_...}
 * @param email the account
 * @param amount minor units
 * @param currency ISO-4217 code
 * @param reference the client's reference
 * @param succeeded whether the account was charged
 * @param declineCode {@code insufficient_funds}, {@code no_account} or {@code currency_mismatch}
 *     when declined; empty otherwise
 * @param amountRefunded minor units given back
 * @param created when it was made
 */
public record StoredValuePayment(
        String id,
        String email,
        long amount,
        String currency,
        String reference,
        boolean succeeded,
        String declineCode,
        long amountRefunded,
        Instant created) {

    StoredValuePayment refunded(long more) {
        return new StoredValuePayment(
                id, email, amount, currency, reference, succeeded, declineCode, amountRefunded + more, created);
    }
}
