package io.relaypay.ledger.domain;

/** Flags on an account (modelled on TigerBeetle's account flags). */
public enum AccountFlag {
    /**
     * Links this account to the next one in the same {@code createAccounts} call: the chain is
     * created as a whole or not at all. Not stored; it only shapes the request.
     */
    LINKED,
    /**
     * Pending plus posted debits may never exceed posted credits: the balance of a user's wallet
     * never goes below zero.
     */
    DEBITS_MUST_NOT_EXCEED_CREDITS,
    /** Pending plus posted credits may never exceed posted debits: a liability with a cap. */
    CREDITS_MUST_NOT_EXCEED_DEBITS
}
