package io.relaypay.interchange.funding;

import io.relaypay.interchange.common.ApiException;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * A request to fund a user's balance; valid once constructed.
 *
 * @param phoneNumber the user, E.164
 * @param kind the source
 * @param linkedAccountId the linked card, bank or email account; empty for the phone bill
 * @param amount minor units, 1 to {@link #MAX_AMOUNT}
 * @param currency ISO-4217 code
 * @param livemode live or test money
 * @param confirmBy code by SMS or PIN
 */
public record NewDeposit(
        String phoneNumber,
        FundingKind kind,
        Optional<String> linkedAccountId,
        long amount,
        String currency,
        boolean livemode,
        Deposit.ConfirmBy confirmBy) {

    /** The largest single deposit, in minor units. */
    public static final long MAX_AMOUNT = 1_000_000_00L;

    /** Validates amount and currency. */
    public NewDeposit {
        Objects.requireNonNull(phoneNumber, "phoneNumber");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(linkedAccountId, "linkedAccountId");
        Objects.requireNonNull(confirmBy, "confirmBy");
        if (amount <= 0 || amount > MAX_AMOUNT) {
            throw ApiException.invalid("amount", "amount must be 1 to " + MAX_AMOUNT + " minor units");
        }
        try {
            Currency.getInstance(Objects.requireNonNull(currency, "currency"));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("currency", "unknown currency " + currency);
        }
    }
}
