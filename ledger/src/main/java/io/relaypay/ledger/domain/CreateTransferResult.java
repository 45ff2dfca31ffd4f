package io.relaypay.ledger.domain;

import java.util.Locale;

/**
 * The outcome of one transfer in {@code createTransfers}, modelled on TigerBeetle's result codes.
 * Everything but {@link #OK} and {@link #EXISTS} means the transfer changed nothing.
 */
public enum CreateTransferResult {
    /** Applied. */
    OK,
    /** Part of a linked chain in which another transfer failed; rolled back with it. */
    LINKED_EVENT_FAILED,
    /** The last transfer of the batch carries {@link TransferFlag#LINKED}. */
    LINKED_EVENT_CHAIN_OPEN,
    /** The id is the reserved zero id. */
    ID_MUST_NOT_BE_ZERO,
    /** More than one of pending, post and void. */
    FLAGS_ARE_MUTUALLY_EXCLUSIVE,
    /** A transfer with this id exists with different fields. */
    EXISTS_WITH_DIFFERENT_FIELDS,
    /** A transfer with this id and these fields exists: the request was a repeat. */
    EXISTS,
    /** A single-phase or pending transfer without a debit account. */
    DEBIT_ACCOUNT_ID_MUST_NOT_BE_ZERO,
    /** A single-phase or pending transfer without a credit account. */
    CREDIT_ACCOUNT_ID_MUST_NOT_BE_ZERO,
    /** Debit and credit account are the same. */
    ACCOUNTS_MUST_BE_DIFFERENT,
    /** A pending id on a transfer that neither posts nor voids. */
    PENDING_ID_MUST_BE_ZERO,
    /** A post or void without a pending id. */
    PENDING_ID_MUST_NOT_BE_ZERO,
    /** A post or void that names itself as the pending transfer. */
    PENDING_ID_MUST_BE_DIFFERENT,
    /** A timeout on a transfer that is not pending. */
    TIMEOUT_RESERVED_FOR_PENDING_TRANSFER,
    /** The amount is zero or negative. */
    AMOUNT_MUST_BE_POSITIVE,
    /** No debit account with that id. */
    DEBIT_ACCOUNT_NOT_FOUND,
    /** No credit account with that id. */
    CREDIT_ACCOUNT_NOT_FOUND,
    /** The two accounts hold different currencies (cross-currency goes through settlement). */
    ACCOUNTS_MUST_HAVE_THE_SAME_CURRENCY,
    /** The transfer's currency is not its accounts' currency. */
    TRANSFER_MUST_HAVE_THE_SAME_CURRENCY_AS_ACCOUNTS,
    /** No transfer with the pending id. */
    PENDING_TRANSFER_NOT_FOUND,
    /** The pending id names a transfer that is not a pending one. */
    PENDING_TRANSFER_NOT_PENDING,
    /** The post or void names a different debit account than the hold. */
    PENDING_TRANSFER_HAS_DIFFERENT_DEBIT_ACCOUNT_ID,
    /** The post or void names a different credit account than the hold. */
    PENDING_TRANSFER_HAS_DIFFERENT_CREDIT_ACCOUNT_ID,
    /** The post or void is in a different currency than the hold. */
    PENDING_TRANSFER_HAS_DIFFERENT_CURRENCY,
    /** The post or void has a different non-zero code than the hold. */
    PENDING_TRANSFER_HAS_DIFFERENT_CODE,
    /** A post of more than the hold. */
    EXCEEDS_PENDING_TRANSFER_AMOUNT,
    /** A void whose amount is neither zero nor the held amount. */
    PENDING_TRANSFER_HAS_DIFFERENT_AMOUNT,
    /** The hold was already posted. */
    PENDING_TRANSFER_ALREADY_POSTED,
    /** The hold was already voided. */
    PENDING_TRANSFER_ALREADY_VOIDED,
    /** The hold's timeout has passed: it is released (or about to be) and can't be posted. */
    PENDING_EXPIRED,
    /** The debit account's totals would overflow 63 bits. */
    OVERFLOWS_DEBITS,
    /** The credit account's totals would overflow 63 bits. */
    OVERFLOWS_CREDITS,
    /** The debit account may not have debits beyond its credits, and this one would. */
    EXCEEDS_CREDITS,
    /** The credit account may not have credits beyond its debits, and this one would. */
    EXCEEDS_DEBITS;

    /** Whether the transfer now exists as requested. */
    public boolean isSuccess() {
        return this == OK || this == EXISTS;
    }

    /** The stable snake_case code, e.g. {@code exceeds_credits}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
