package io.relaypay.ledger.domain;

import java.util.Locale;

/**
 * The outcome of one account in {@code createAccounts}. Everything but {@link #OK} and {@link
 * #EXISTS} means nothing was created for that account.
 */
public enum CreateAccountResult {
    /** Created. */
    OK,
    /** Part of a linked chain in which another account failed. */
    LINKED_EVENT_FAILED,
    /** The last account of the batch carries {@link AccountFlag#LINKED}: the chain never closes. */
    LINKED_EVENT_CHAIN_OPEN,
    /** The id is the reserved zero id. */
    ID_MUST_NOT_BE_ZERO,
    /** Both balance constraints were set; an account can have at most one. */
    FLAGS_ARE_MUTUALLY_EXCLUSIVE,
    /** An account with this id already exists with different fields. */
    EXISTS_WITH_DIFFERENT_FIELDS,
    /** An account with this id and these fields already exists: the request was a repeat. */
    EXISTS;

    /** Whether the account now exists as requested. */
    public boolean isSuccess() {
        return this == OK || this == EXISTS;
    }

    /** The stable snake_case code, e.g. {@code exists_with_different_fields}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
