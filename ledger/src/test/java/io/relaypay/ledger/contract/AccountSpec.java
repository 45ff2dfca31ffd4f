package io.relaypay.ledger.contract;

import static io.relaypay.ledger.domain.CreateTransferResult.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.ledger.domain.Account;
import io.relaypay.ledger.domain.AccountFlag;
import io.relaypay.ledger.domain.AccountId;
import io.relaypay.ledger.domain.AccountKind;
import io.relaypay.ledger.domain.Balance;
import io.relaypay.ledger.domain.CreateAccountResult;
import io.relaypay.ledger.domain.UserData;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Ledger contract, part: Creating accounts: results, idempotency, linked creation, lookups. */
abstract class AccountSpec extends LedgerSpec {

    @Test
    void createdAccountStartsAtZero() {
        AccountId id = AccountId.timeOrdered();
        assertThat(ledger.createAccount(Account.of(id, AccountKind.FEES, "EUR").withCode(7)))
                .isEqualTo(CreateAccountResult.OK);
        var record = ledger.account(id).orElseThrow();
        assertThat(record.balance()).isEqualTo(Balance.ZERO);
        assertThat(record.account().code()).isEqualTo(7);
        assertThat(record.createdAt()).isEqualTo(clock.instant());
    }

    @Test
    void resubmittedAccountIsExists() {
        Account account = Account.of(AccountId.timeOrdered(), AccountKind.FEES, "EUR")
                .withUserData(new UserData(UUID.randomUUID(), 42, 7));
        assertThat(ledger.createAccount(account)).isEqualTo(CreateAccountResult.OK);
        assertThat(ledger.createAccount(account)).isEqualTo(CreateAccountResult.EXISTS);
    }

    @Test
    void sameIdWithDifferentFieldsIsRejected() {
        AccountId id = AccountId.timeOrdered();
        ledger.createAccount(Account.of(id, AccountKind.FEES, "EUR"));
        assertThat(ledger.createAccount(Account.of(id, AccountKind.FEES, "USD")))
                .isEqualTo(CreateAccountResult.EXISTS_WITH_DIFFERENT_FIELDS);
        assertThat(ledger.createAccount(
                        Account.of(id, AccountKind.FEES, "EUR").withFlags(AccountFlag.DEBITS_MUST_NOT_EXCEED_CREDITS)))
                .isEqualTo(CreateAccountResult.EXISTS_WITH_DIFFERENT_FIELDS);
        assertThat(ledger.account(id).orElseThrow().account().currency().getCurrencyCode())
                .isEqualTo("EUR");
    }

    @Test
    void zeroIdIsRejected() {
        assertThat(ledger.createAccount(Account.of(AccountId.ZERO, AccountKind.USER, "EUR")))
                .isEqualTo(CreateAccountResult.ID_MUST_NOT_BE_ZERO);
    }

    @Test
    void bothBalanceConstraintsAreRejected() {
        AccountId id = AccountId.timeOrdered();
        assertThat(ledger.createAccount(Account.of(id, AccountKind.USER, "EUR")
                        .withFlags(
                                AccountFlag.DEBITS_MUST_NOT_EXCEED_CREDITS,
                                AccountFlag.CREDITS_MUST_NOT_EXCEED_DEBITS)))
                .isEqualTo(CreateAccountResult.FLAGS_ARE_MUTUALLY_EXCLUSIVE);
        assertThat(ledger.account(id)).isEmpty();
    }

    @Test
    void linkedAccountsAreCreatedTogetherOrNotAtAll() {
        AccountId first = AccountId.timeOrdered();
        AccountId second = AccountId.timeOrdered();
        var results = ledger.createAccounts(List.of(
                Account.of(first, AccountKind.USER, "EUR").withFlags(AccountFlag.LINKED),
                Account.of(second, AccountKind.USER, "EUR")
                        .withFlags(
                                AccountFlag.DEBITS_MUST_NOT_EXCEED_CREDITS,
                                AccountFlag.CREDITS_MUST_NOT_EXCEED_DEBITS)));
        assertThat(results)
                .containsExactly(
                        CreateAccountResult.LINKED_EVENT_FAILED, CreateAccountResult.FLAGS_ARE_MUTUALLY_EXCLUSIVE);
        assertThat(ledger.accounts(List.of(first, second))).isEmpty();
    }

    @Test
    void openChainAtEndOfBatchCreatesNothing() {
        AccountId first = AccountId.timeOrdered();
        AccountId second = AccountId.timeOrdered();
        var results = ledger.createAccounts(List.of(
                Account.of(first, AccountKind.USER, "EUR").withFlags(AccountFlag.LINKED),
                Account.of(second, AccountKind.USER, "EUR").withFlags(AccountFlag.LINKED)));
        assertThat(results)
                .containsExactly(CreateAccountResult.LINKED_EVENT_FAILED, CreateAccountResult.LINKED_EVENT_CHAIN_OPEN);
        assertThat(ledger.accounts(List.of(first, second))).isEmpty();
    }

    @Test
    void linkedFlagIsNotPartOfTheStoredAccount() {
        AccountId first = AccountId.timeOrdered();
        AccountId second = AccountId.timeOrdered();
        ledger.createAccounts(List.of(
                Account.of(first, AccountKind.USER, "EUR").withFlags(AccountFlag.LINKED),
                Account.of(second, AccountKind.USER, "EUR")));
        assertThat(ledger.createAccount(Account.of(first, AccountKind.USER, "EUR")))
                .isEqualTo(CreateAccountResult.EXISTS);
    }

    @Test
    void lookupKeepsRequestedOrderAndSkipsUnknownIds() {
        var found = ledger.accounts(List.of(merchant, AccountId.timeOrdered(), wallet));
        assertThat(found).extracting(r -> r.id()).containsExactly(merchant, wallet);
    }
}
