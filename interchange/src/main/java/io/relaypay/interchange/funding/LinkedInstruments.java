package io.relaypay.interchange.funding;

import io.relaypay.interchange.common.ApiException;
import io.relaypay.interchange.common.SecretBox;
import io.relaypay.interchange.funds.Carriers;
import io.relaypay.interchange.users.LinkedAccount;
import io.relaypay.interchange.users.LinkedAccountStore;
import io.relaypay.interchange.users.User;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns what a user linked into what a source charges: a card's token, a bank account's IBAN
 * (unsealed only for the request), a stored-value email, or the user's own number and carrier.
 */
public final class LinkedInstruments {

    private final LinkedAccountStore accounts;
    private final SecretBox secrets;
    private final Carriers carriers;

    /** Instruments from {@code accounts}, IBANs opened with {@code secrets}, carriers by prefix. */
    public LinkedInstruments(LinkedAccountStore accounts, SecretBox secrets, Carriers carriers) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.secrets = Objects.requireNonNull(secrets, "secrets");
        this.carriers = Objects.requireNonNull(carriers, "carriers");
    }

    /**
     * The instrument of {@code kind} for {@code user}.
     *
     * @throws ApiException when the linked account is missing, of another kind, or no carrier
     *     bills the user's number
     */
    public Instrument of(User user, FundingKind kind, Optional<String> linkedAccountId) {
        if (kind == FundingKind.OPERATOR_BILLING) {
            return carriers.of(user.phoneNumber())
                    .map(c -> (Instrument) new Instrument.PhoneBill(c.name(), user.phoneNumber()))
                    .orElseThrow(() -> ApiException.invalid(
                            "funding_method", "no carrier bills " + User.masked(user.phoneNumber())));
        }
        String id = linkedAccountId.orElseThrow(
                () -> ApiException.invalid("linked_account", "a " + kind.wire() + " deposit needs a linked account"));
        LinkedAccount account =
                accounts.find(user.id(), id).orElseThrow(() -> ApiException.notFound("linked account", id));
        return switch (account.details()) {
            case LinkedAccount.Details.Card card
            when kind == FundingKind.CARD -> new Instrument.Card(card.token(), card.last4());
            case LinkedAccount.Details.Bank bank
            when kind == FundingKind.BANK -> new Instrument.BankAccount(secrets.open(bank.sealedIban()), "");
            case LinkedAccount.Details.Email email
            when kind == FundingKind.STORED_VALUE -> new Instrument.StoredValue(email.address());
            default ->
                throw ApiException.invalid(
                        "linked_account",
                        id + " is a " + account.kind().name().toLowerCase(java.util.Locale.ROOT)
                                + " account, not usable for " + kind.wire());
        };
    }
}
