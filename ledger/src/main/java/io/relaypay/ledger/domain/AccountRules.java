package io.relaypay.ledger.domain;

import static io.relaypay.ledger.domain.CreateAccountResult.*;

import java.time.Instant;
import java.util.Optional;

/** Decides one account creation against the current state. */
final class AccountRules {

    private AccountRules() {}

    static CreateAccountResult apply(Account account, Changeset state, Instant now) {
        if (account.id().isZero()) {
            return ID_MUST_NOT_BE_ZERO;
        }
        if (account.has(AccountFlag.DEBITS_MUST_NOT_EXCEED_CREDITS)
                && account.has(AccountFlag.CREDITS_MUST_NOT_EXCEED_DEBITS)) {
            return FLAGS_ARE_MUTUALLY_EXCLUSIVE;
        }
        Account stored = account.withoutRequestFlags();
        Optional<AccountRecord> existing = state.account(account.id());
        if (existing.isPresent()) {
            return existing.get().account().equals(stored) ? EXISTS : EXISTS_WITH_DIFFERENT_FIELDS;
        }
        state.createAccount(new AccountRecord(stored, Balance.ZERO, now));
        return OK;
    }
}
