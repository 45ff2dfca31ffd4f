package io.relaypay.ledger.domain;

/**
 * The four running totals of an account, in minor units of its currency. They only grow, except
 * the pending totals, which shrink when a hold is posted, voided or expires. An account's net
 * balance is {@code creditsPosted - debitsPosted}.
 *
 * @param debitsPending held for pending debits
 * @param debitsPosted debited for good
 * @param creditsPending held for pending credits
 * @param creditsPosted credited for good
 */
public record Balance(long debitsPending, long debitsPosted, long creditsPending, long creditsPosted) {

    /** A new account's balance. */
    public static final Balance ZERO = new Balance(0, 0, 0, 0);

    /** All totals are non-negative; anything else is a corrupted ledger. */
    public Balance {
        if (debitsPending < 0 || debitsPosted < 0 || creditsPending < 0 || creditsPosted < 0) {
            throw new IllegalArgumentException("balance totals must not be negative");
        }
    }

    /** Posted credits minus posted debits: what a user's wallet shows. */
    public long net() {
        return creditsPosted - debitsPosted;
    }

    /** Posted credits minus posted and pending debits: what a user can still spend. */
    public long available() {
        return creditsPosted - debitsPosted - debitsPending;
    }

    Balance withDebitsPending(long value) {
        return new Balance(value, debitsPosted, creditsPending, creditsPosted);
    }

    Balance withDebitsPosted(long value) {
        return new Balance(debitsPending, value, creditsPending, creditsPosted);
    }

    Balance withCreditsPending(long value) {
        return new Balance(debitsPending, debitsPosted, value, creditsPosted);
    }

    Balance withCreditsPosted(long value) {
        return new Balance(debitsPending, debitsPosted, creditsPending, value);
    }
}
