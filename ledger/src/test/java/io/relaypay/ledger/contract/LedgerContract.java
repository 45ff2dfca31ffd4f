package io.relaypay.ledger.contract;

import static io.relaypay.ledger.domain.CreateTransferResult.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.ledger.domain.Account;
import io.relaypay.ledger.domain.AccountFlag;
import io.relaypay.ledger.domain.AccountId;
import io.relaypay.ledger.domain.AccountKind;
import io.relaypay.ledger.domain.Balance;
import io.relaypay.ledger.domain.CreateAccountResult;
import io.relaypay.ledger.domain.Ledger;
import io.relaypay.ledger.domain.Money;
import io.relaypay.ledger.domain.PendingState;
import io.relaypay.ledger.domain.Transfer;
import io.relaypay.ledger.domain.TransferFlag;
import io.relaypay.ledger.domain.TransferId;
import io.relaypay.ledger.domain.TransferPage;
import io.relaypay.ledger.domain.TransferRecord;
import io.relaypay.ledger.domain.UserData;
import io.relaypay.testkit.TestClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link Ledger} implementation must have. Subclasses supply the ledger; the
 * same specification runs in memory, on H2 and on PostgreSQL.
 */
public abstract class LedgerContract {

    protected final TestClock clock = TestClock.standing();
    protected Ledger ledger;

    private AccountId wallet;
    private AccountId merchant;
    private AccountId carrier;
    private AccountId capped;
    private AccountId dollars;

    /** A fresh, empty ledger using {@link #clock}. */
    protected abstract Ledger newLedger();

    @BeforeEach
    void openLedgerWithAccounts() {
        ledger = newLedger();
        wallet = AccountId.timeOrdered();
        merchant = AccountId.timeOrdered();
        carrier = AccountId.timeOrdered();
        capped = AccountId.timeOrdered();
        dollars = AccountId.timeOrdered();
        assertThat(ledger.createAccounts(List.of(
                        Account.of(wallet, AccountKind.USER, "EUR")
                                .withFlags(AccountFlag.DEBITS_MUST_NOT_EXCEED_CREDITS),
                        Account.of(merchant, AccountKind.MERCHANT, "EUR"),
                        Account.of(carrier, AccountKind.CARRIER_RECEIVABLE, "EUR"),
                        Account.of(capped, AccountKind.LOANS, "EUR")
                                .withFlags(AccountFlag.CREDITS_MUST_NOT_EXCEED_DEBITS),
                        Account.of(dollars, AccountKind.USER, "USD"))))
                .containsOnly(CreateAccountResult.OK);
    }

    private static Money eur(long cents) {
        return Money.of(cents, "EUR");
    }

    private static Transfer.Builder move(AccountId debit, AccountId credit, long cents) {
        return Transfer.builder(TransferId.timeOrdered())
                .debit(debit)
                .credit(credit)
                .amount(eur(cents))
                .code(1);
    }

    private void fund(AccountId account, long cents) {
        assertThat(ledger.createTransfer(move(carrier, account, cents).build())).isEqualTo(OK);
    }

    private Balance balance(AccountId id) {
        return ledger.balance(id).orElseThrow();
    }

    @Nested
    class Accounts {

        @Test
        void createdAccountStartsAtZero() {
            AccountId id = AccountId.timeOrdered();
            assertThat(ledger.createAccount(
                            Account.of(id, AccountKind.FEES, "EUR").withCode(7)))
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
            assertThat(ledger.createAccount(Account.of(id, AccountKind.FEES, "EUR")
                            .withFlags(AccountFlag.DEBITS_MUST_NOT_EXCEED_CREDITS)))
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
                    .containsExactly(
                            CreateAccountResult.LINKED_EVENT_FAILED, CreateAccountResult.LINKED_EVENT_CHAIN_OPEN);
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

    @Nested
    class SinglePhase {

        @Test
        void transferMovesMoneyAndIsStored() {
            Transfer transfer = move(carrier, wallet, 1_000)
                    .userData(new UserData(UUID.randomUUID(), 1, 2))
                    .build();
            assertThat(ledger.createTransfer(transfer)).isEqualTo(OK);
            assertThat(balance(carrier)).isEqualTo(new Balance(0, 1_000, 0, 0));
            assertThat(balance(wallet)).isEqualTo(new Balance(0, 0, 0, 1_000));
            TransferRecord stored = ledger.transfer(transfer.id()).orElseThrow();
            assertThat(stored.transfer()).isEqualTo(transfer);
            assertThat(stored.state()).isEqualTo(PendingState.NONE);
            assertThat(stored.createdAt()).isEqualTo(clock.instant());
        }

        @Test
        void resubmittedTransferIsExistsAndAppliedOnce() {
            Transfer transfer = move(carrier, wallet, 1_000).build();
            assertThat(ledger.createTransfer(transfer)).isEqualTo(OK);
            assertThat(ledger.createTransfer(transfer)).isEqualTo(EXISTS);
            assertThat(ledger.createTransfers(List.of(transfer, transfer))).containsExactly(EXISTS, EXISTS);
            assertThat(balance(wallet).creditsPosted()).isEqualTo(1_000);
        }

        @Test
        void sameIdTwiceInOneBatchAppliesOnce() {
            Transfer transfer = move(carrier, wallet, 1_000).build();
            assertThat(ledger.createTransfers(List.of(transfer, transfer))).containsExactly(OK, EXISTS);
            assertThat(balance(wallet).creditsPosted()).isEqualTo(1_000);
        }

        @Test
        void duplicateTransferIdWithDifferentAmountIsRejected() {
            Transfer transfer = move(carrier, wallet, 1_000).build();
            ledger.createTransfer(transfer);
            Transfer changed = Transfer.builder(transfer.id())
                    .debit(carrier)
                    .credit(wallet)
                    .amount(eur(999))
                    .code(1)
                    .build();
            assertThat(ledger.createTransfer(changed)).isEqualTo(EXISTS_WITH_DIFFERENT_FIELDS);
            assertThat(balance(wallet).creditsPosted()).isEqualTo(1_000);
        }

        @Test
        void failedTransferIsNotStoredSoItsIdCanBeRetried() {
            Transfer tooMuch = move(wallet, merchant, 500).build();
            assertThat(ledger.createTransfer(tooMuch)).isEqualTo(EXCEEDS_CREDITS);
            assertThat(ledger.transfer(tooMuch.id())).isEmpty();
            fund(wallet, 500);
            assertThat(ledger.createTransfer(tooMuch)).isEqualTo(OK);
        }

        @Test
        void zeroIdIsRejected() {
            assertThat(ledger.createTransfer(Transfer.builder(TransferId.ZERO)
                            .debit(carrier)
                            .credit(wallet)
                            .amount(eur(1))
                            .build()))
                    .isEqualTo(ID_MUST_NOT_BE_ZERO);
        }

        @Test
        void missingAccountIdsAreRejected() {
            assertThat(ledger.createTransfer(move(AccountId.ZERO, wallet, 1).build()))
                    .isEqualTo(DEBIT_ACCOUNT_ID_MUST_NOT_BE_ZERO);
            assertThat(ledger.createTransfer(move(carrier, AccountId.ZERO, 1).build()))
                    .isEqualTo(CREDIT_ACCOUNT_ID_MUST_NOT_BE_ZERO);
        }

        @Test
        void transferToItselfIsRejected() {
            assertThat(ledger.createTransfer(move(carrier, carrier, 1).build())).isEqualTo(ACCOUNTS_MUST_BE_DIFFERENT);
        }

        @Test
        void zeroOrNegativeAmountIsRejected() {
            assertThat(ledger.createTransfer(move(carrier, wallet, 0).build())).isEqualTo(AMOUNT_MUST_BE_POSITIVE);
            assertThat(ledger.createTransfer(move(carrier, wallet, -5).build())).isEqualTo(AMOUNT_MUST_BE_POSITIVE);
        }

        @Test
        void unknownAccountsAreRejected() {
            assertThat(ledger.createTransfer(
                            move(AccountId.timeOrdered(), wallet, 1).build()))
                    .isEqualTo(DEBIT_ACCOUNT_NOT_FOUND);
            assertThat(ledger.createTransfer(
                            move(carrier, AccountId.timeOrdered(), 1).build()))
                    .isEqualTo(CREDIT_ACCOUNT_NOT_FOUND);
        }

        @Test
        void crossCurrencyIsRejected() {
            assertThat(ledger.createTransfer(move(carrier, dollars, 1).build()))
                    .isEqualTo(ACCOUNTS_MUST_HAVE_THE_SAME_CURRENCY);
            Transfer wrongCurrency = Transfer.builder(TransferId.timeOrdered())
                    .debit(carrier)
                    .credit(wallet)
                    .amount(Money.of(1, "USD"))
                    .build();
            assertThat(ledger.createTransfer(wrongCurrency))
                    .isEqualTo(TRANSFER_MUST_HAVE_THE_SAME_CURRENCY_AS_ACCOUNTS);
        }

        @Test
        void pendingIdOnOrdinaryTransferIsRejected() {
            assertThat(ledger.createTransfer(move(carrier, wallet, 1)
                            .pendingId(TransferId.timeOrdered())
                            .build()))
                    .isEqualTo(PENDING_ID_MUST_BE_ZERO);
        }

        @Test
        void timeoutOnOrdinaryTransferIsRejected() {
            assertThat(ledger.createTransfer(
                            move(carrier, wallet, 1).timeoutSeconds(5).build()))
                    .isEqualTo(TIMEOUT_RESERVED_FOR_PENDING_TRANSFER);
        }

        @Test
        void debitBeyondCreditsOfConstrainedAccountIsRejected() {
            fund(wallet, 1_000);
            assertThat(ledger.createTransfer(move(wallet, merchant, 1_001).build()))
                    .isEqualTo(EXCEEDS_CREDITS);
            assertThat(ledger.createTransfer(move(wallet, merchant, 1_000).build()))
                    .isEqualTo(OK);
            assertThat(balance(wallet).net()).isZero();
        }

        @Test
        void creditBeyondDebitsOfConstrainedAccountIsRejected() {
            assertThat(ledger.createTransfer(move(carrier, capped, 1).build())).isEqualTo(EXCEEDS_DEBITS);
            assertThat(ledger.createTransfer(move(capped, carrier, 300).build()))
                    .isEqualTo(OK);
            assertThat(ledger.createTransfer(move(carrier, capped, 300).build()))
                    .isEqualTo(OK);
            assertThat(ledger.createTransfer(move(carrier, capped, 1).build())).isEqualTo(EXCEEDS_DEBITS);
        }

        @Test
        void balancesThatWouldOverflowAreRejected() {
            assertThat(ledger.createTransfer(
                            move(carrier, merchant, Long.MAX_VALUE - 10).build()))
                    .isEqualTo(OK);
            assertThat(ledger.createTransfer(move(carrier, wallet, 11).build())).isEqualTo(OVERFLOWS_DEBITS);
            AccountId otherSource = AccountId.timeOrdered();
            ledger.createAccount(Account.of(otherSource, AccountKind.EXTERNAL, "EUR"));
            assertThat(ledger.createTransfer(move(otherSource, wallet, 11).build()))
                    .isEqualTo(OK);
            assertThat(ledger.createTransfer(move(wallet, merchant, 11).build()))
                    .isEqualTo(OVERFLOWS_CREDITS);
            assertThat(balance(merchant).creditsPosted()).isEqualTo(Long.MAX_VALUE - 10);
        }
    }

    @Nested
    class Linked {

        @Test
        void chainAppliesAsOne() {
            fund(wallet, 100);
            var results = ledger.createTransfers(List.of(
                    move(carrier, wallet, 1_000).linked().build(),
                    move(wallet, merchant, 1_100).build()));
            assertThat(results).containsExactly(OK, OK);
            assertThat(balance(wallet).net()).isZero();
            assertThat(balance(merchant).net()).isEqualTo(1_100);
        }

        @Test
        void failureInChainRollsBackEarlierTransfersOfTheChain() {
            Transfer first = move(carrier, wallet, 1_000).linked().build();
            Transfer second = move(wallet, merchant, 2_000).build();
            Transfer unrelated = move(carrier, merchant, 5).build();
            var results = ledger.createTransfers(List.of(first, second, unrelated));
            assertThat(results).containsExactly(LINKED_EVENT_FAILED, EXCEEDS_CREDITS, OK);
            assertThat(ledger.transfer(first.id())).isEmpty();
            assertThat(balance(wallet)).isEqualTo(Balance.ZERO);
            assertThat(balance(merchant).net()).isEqualTo(5);
        }

        @Test
        void transfersAfterTheFailureInAChainAreNotApplied() {
            var results = ledger.createTransfers(List.of(
                    move(carrier, wallet, 0).linked().build(),
                    move(carrier, wallet, 5).linked().build(),
                    move(carrier, merchant, 5).build()));
            assertThat(results).containsExactly(AMOUNT_MUST_BE_POSITIVE, LINKED_EVENT_FAILED, LINKED_EVENT_FAILED);
            assertThat(balance(carrier)).isEqualTo(Balance.ZERO);
        }

        @Test
        void chainLeftOpenAtEndOfBatchAppliesNothing() {
            var results = ledger.createTransfers(List.of(
                    move(carrier, wallet, 5).build(),
                    move(carrier, wallet, 5).linked().build(),
                    move(carrier, wallet, 5).linked().build()));
            assertThat(results).containsExactly(OK, LINKED_EVENT_FAILED, LINKED_EVENT_CHAIN_OPEN);
            assertThat(balance(wallet).net()).isEqualTo(5);
        }

        @Test
        void resubmittedChainIsExistsThroughout() {
            List<Transfer> chain = List.of(
                    move(carrier, wallet, 10).linked().build(),
                    move(wallet, merchant, 10).build());
            assertThat(ledger.createTransfers(chain)).containsExactly(OK, OK);
            assertThat(ledger.createTransfers(chain)).containsExactly(EXISTS, EXISTS);
            assertThat(balance(merchant).net()).isEqualTo(10);
        }

        @Test
        void crossCurrencyMovesAsTwoLinkedTransfersThroughSettlement() {
            AccountId eurSettlement = AccountId.timeOrdered();
            AccountId usdSettlement = AccountId.timeOrdered();
            ledger.createAccounts(List.of(
                    Account.of(eurSettlement, AccountKind.SETTLEMENT, "EUR"),
                    Account.of(usdSettlement, AccountKind.SETTLEMENT, "USD")));
            fund(wallet, 1_000);
            var results = ledger.createTransfers(List.of(
                    move(wallet, eurSettlement, 1_000).linked().build(),
                    Transfer.builder(TransferId.timeOrdered())
                            .debit(usdSettlement)
                            .credit(dollars)
                            .amount(Money.of(1_080, "USD"))
                            .build()));
            assertThat(results).containsExactly(OK, OK);
            assertThat(balance(dollars).net()).isEqualTo(1_080);
        }
    }

    @Nested
    class TwoPhase {

        private Transfer hold(long cents, int timeoutSeconds) {
            Transfer hold =
                    move(wallet, merchant, cents).pending(timeoutSeconds).build();
            assertThat(ledger.createTransfer(hold)).isEqualTo(OK);
            return hold;
        }

        private Transfer.Builder post(Transfer hold) {
            return Transfer.builder(TransferId.timeOrdered())
                    .post(hold.id())
                    .currency("EUR")
                    .amount(Transfer.FULL_AMOUNT);
        }

        private Transfer.Builder voiding(Transfer hold) {
            return Transfer.builder(TransferId.timeOrdered()).voiding(hold.id()).currency("EUR");
        }

        @BeforeEach
        void fundWallet() {
            fund(wallet, 1_000);
        }

        @Test
        void holdReservesFundsWithoutPostingThem() {
            hold(600, 60);
            assertThat(balance(wallet)).isEqualTo(new Balance(600, 0, 0, 1_000));
            assertThat(balance(merchant)).isEqualTo(new Balance(0, 0, 600, 0));
            assertThat(balance(wallet).available()).isEqualTo(400);
            assertThat(ledger.createTransfer(move(wallet, merchant, 401).build()))
                    .isEqualTo(EXCEEDS_CREDITS);
        }

        @Test
        void postingTheFullAmountMovesTheHold() {
            Transfer hold = hold(600, 60);
            Transfer post = post(hold).build();
            assertThat(ledger.createTransfer(post)).isEqualTo(OK);
            assertThat(balance(wallet)).isEqualTo(new Balance(0, 600, 0, 1_000));
            assertThat(balance(merchant)).isEqualTo(new Balance(0, 0, 0, 600));
            assertThat(ledger.transfer(hold.id()).orElseThrow().state()).isEqualTo(PendingState.POSTED);
            TransferRecord stored = ledger.transfer(post.id()).orElseThrow();
            assertThat(stored.transfer().amount()).isEqualTo(600);
            assertThat(stored.transfer().debitAccountId()).isEqualTo(wallet);
            assertThat(stored.transfer().code()).isEqualTo(1);
        }

        @Test
        void postingPartOfTheHoldReleasesTheRest() {
            Transfer hold = hold(600, 60);
            assertThat(ledger.createTransfer(post(hold).amount(450).build())).isEqualTo(OK);
            assertThat(balance(wallet)).isEqualTo(new Balance(0, 450, 0, 1_000));
            assertThat(balance(merchant)).isEqualTo(new Balance(0, 0, 0, 450));
        }

        @Test
        void postingMoreThanTheHoldIsRejected() {
            Transfer hold = hold(600, 60);
            assertThat(ledger.createTransfer(post(hold).amount(601).build()))
                    .isEqualTo(EXCEEDS_PENDING_TRANSFER_AMOUNT);
            assertThat(ledger.createTransfer(post(hold).amount(0).build())).isEqualTo(AMOUNT_MUST_BE_POSITIVE);
        }

        @Test
        void voidReleasesTheHold() {
            Transfer hold = hold(600, 60);
            assertThat(ledger.createTransfer(voiding(hold).build())).isEqualTo(OK);
            assertThat(balance(wallet)).isEqualTo(new Balance(0, 0, 0, 1_000));
            assertThat(balance(merchant)).isEqualTo(Balance.ZERO);
            assertThat(ledger.transfer(hold.id()).orElseThrow().state()).isEqualTo(PendingState.VOIDED);
        }

        @Test
        void voidOfAnotherAmountIsRejected() {
            Transfer hold = hold(600, 60);
            assertThat(ledger.createTransfer(voiding(hold).amount(300).build()))
                    .isEqualTo(PENDING_TRANSFER_HAS_DIFFERENT_AMOUNT);
            assertThat(ledger.createTransfer(voiding(hold).amount(600).build())).isEqualTo(OK);
        }

        @Test
        void holdIsResolvedOnlyOnce() {
            Transfer hold = hold(600, 60);
            Transfer post = post(hold).build();
            assertThat(ledger.createTransfer(post)).isEqualTo(OK);
            assertThat(ledger.createTransfer(post)).isEqualTo(EXISTS);
            assertThat(ledger.createTransfer(post(hold).build())).isEqualTo(PENDING_TRANSFER_ALREADY_POSTED);
            assertThat(ledger.createTransfer(voiding(hold).build())).isEqualTo(PENDING_TRANSFER_ALREADY_POSTED);
            Transfer other = hold(100, 60);
            assertThat(ledger.createTransfer(voiding(other).build())).isEqualTo(OK);
            assertThat(ledger.createTransfer(post(other).build())).isEqualTo(PENDING_TRANSFER_ALREADY_VOIDED);
            assertThat(balance(merchant).net()).isEqualTo(600);
        }

        @Test
        void resubmittedPostWithBlanksMatchesItsResolvedForm() {
            Transfer hold = hold(600, 60);
            Transfer post = post(hold).build();
            ledger.createTransfer(post);
            Transfer explicit = Transfer.builder(post.id())
                    .post(hold.id())
                    .debit(wallet)
                    .credit(merchant)
                    .amount(eur(600))
                    .code(1)
                    .build();
            assertThat(ledger.createTransfer(explicit)).isEqualTo(EXISTS);
            Transfer different =
                    Transfer.builder(post.id()).post(hold.id()).amount(eur(599)).build();
            assertThat(ledger.createTransfer(different)).isEqualTo(EXISTS_WITH_DIFFERENT_FIELDS);
        }

        @Test
        void postMustNameAPendingTransfer() {
            Transfer plain = move(wallet, merchant, 5).build();
            ledger.createTransfer(plain);
            assertThat(ledger.createTransfer(post(plain).build())).isEqualTo(PENDING_TRANSFER_NOT_PENDING);
            assertThat(ledger.createTransfer(Transfer.builder(TransferId.timeOrdered())
                            .post(TransferId.timeOrdered())
                            .currency("EUR")
                            .amount(Transfer.FULL_AMOUNT)
                            .build()))
                    .isEqualTo(PENDING_TRANSFER_NOT_FOUND);
            assertThat(ledger.createTransfer(Transfer.builder(TransferId.timeOrdered())
                            .post(TransferId.ZERO)
                            .currency("EUR")
                            .amount(Transfer.FULL_AMOUNT)
                            .build()))
                    .isEqualTo(PENDING_ID_MUST_NOT_BE_ZERO);
            TransferId self = TransferId.timeOrdered();
            assertThat(ledger.createTransfer(Transfer.builder(self)
                            .post(self)
                            .currency("EUR")
                            .amount(Transfer.FULL_AMOUNT)
                            .build()))
                    .isEqualTo(PENDING_ID_MUST_BE_DIFFERENT);
        }

        @Test
        void postMustAgreeWithTheHold() {
            Transfer hold = hold(600, 60);
            assertThat(ledger.createTransfer(post(hold).debit(carrier).build()))
                    .isEqualTo(PENDING_TRANSFER_HAS_DIFFERENT_DEBIT_ACCOUNT_ID);
            assertThat(ledger.createTransfer(post(hold).credit(carrier).build()))
                    .isEqualTo(PENDING_TRANSFER_HAS_DIFFERENT_CREDIT_ACCOUNT_ID);
            assertThat(ledger.createTransfer(post(hold).currency("USD").build()))
                    .isEqualTo(PENDING_TRANSFER_HAS_DIFFERENT_CURRENCY);
            assertThat(ledger.createTransfer(post(hold).code(9).build()))
                    .isEqualTo(PENDING_TRANSFER_HAS_DIFFERENT_CODE);
            assertThat(ledger.createTransfer(post(hold).timeoutSeconds(5).build()))
                    .isEqualTo(TIMEOUT_RESERVED_FOR_PENDING_TRANSFER);
            assertThat(ledger.createTransfer(
                            post(hold).debit(merchant).credit(merchant).build()))
                    .isEqualTo(ACCOUNTS_MUST_BE_DIFFERENT);
            assertThat(ledger.createTransfer(
                            post(hold).debit(wallet).credit(merchant).code(1).build()))
                    .isEqualTo(OK);
        }

        @Test
        void phaseFlagsAreMutuallyExclusive() {
            Transfer hold = hold(100, 60);
            assertThat(ledger.createTransfer(move(wallet, merchant, 1)
                            .pending(0)
                            .flag(TransferFlag.POST_PENDING)
                            .build()))
                    .isEqualTo(FLAGS_ARE_MUTUALLY_EXCLUSIVE);
            assertThat(ledger.createTransfer(move(wallet, merchant, 1)
                            .pending(0)
                            .flag(TransferFlag.VOID_PENDING)
                            .build()))
                    .isEqualTo(FLAGS_ARE_MUTUALLY_EXCLUSIVE);
            assertThat(ledger.createTransfer(
                            post(hold).flag(TransferFlag.VOID_PENDING).build()))
                    .isEqualTo(FLAGS_ARE_MUTUALLY_EXCLUSIVE);
        }

        @Test
        void holdAndPostInOneLinkedChain() {
            Transfer hold = move(wallet, merchant, 300).pending(60).linked().build();
            Transfer post = post(hold).build();
            assertThat(ledger.createTransfers(List.of(hold, post))).containsExactly(OK, OK);
            assertThat(balance(merchant)).isEqualTo(new Balance(0, 0, 0, 300));
        }

        @Test
        void failedPostInChainKeepsTheHoldStanding() {
            Transfer hold = hold(300, 60);
            var results = ledger.createTransfers(List.of(
                    post(hold).linked().build(), move(wallet, merchant, 5_000).build()));
            assertThat(results).containsExactly(LINKED_EVENT_FAILED, EXCEEDS_CREDITS);
            assertThat(ledger.transfer(hold.id()).orElseThrow().state()).isEqualTo(PendingState.PENDING);
            assertThat(balance(wallet).debitsPending()).isEqualTo(300);
        }

        @Test
        void janitorReleasesHoldsPastTheirTimeout() {
            Transfer due = hold(200, 30);
            Transfer later = hold(300, 120);
            Transfer forever = hold(100, 0);
            assertThat(ledger.expirePendingTransfers(clock.instant(), 100)).isZero();
            clock.advance(Duration.ofSeconds(30));
            assertThat(ledger.expirePendingTransfers(clock.instant(), 100)).isEqualTo(1);
            assertThat(ledger.transfer(due.id()).orElseThrow().state()).isEqualTo(PendingState.EXPIRED);
            assertThat(ledger.transfer(later.id()).orElseThrow().state()).isEqualTo(PendingState.PENDING);
            assertThat(balance(wallet).debitsPending()).isEqualTo(400);
            clock.advance(Duration.ofDays(365));
            assertThat(ledger.expirePendingTransfers(clock.instant(), 100)).isEqualTo(1);
            assertThat(ledger.expirePendingTransfers(clock.instant(), 100)).isZero();
            assertThat(ledger.transfer(forever.id()).orElseThrow().state()).isEqualTo(PendingState.PENDING);
            assertThat(balance(wallet)).isEqualTo(new Balance(100, 0, 0, 1_000));
        }

        @Test
        void janitorWorksInBatchesOldestFirst() {
            List<Transfer> holds = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                holds.add(hold(10, 10 + i));
            }
            clock.advance(Duration.ofMinutes(1));
            assertThat(ledger.expirePendingTransfers(clock.instant(), 2)).isEqualTo(2);
            assertThat(ledger.transfer(holds.get(0).id()).orElseThrow().state()).isEqualTo(PendingState.EXPIRED);
            assertThat(ledger.transfer(holds.get(1).id()).orElseThrow().state()).isEqualTo(PendingState.EXPIRED);
            assertThat(ledger.transfer(holds.get(2).id()).orElseThrow().state()).isEqualTo(PendingState.PENDING);
            assertThat(ledger.expirePendingTransfers(clock.instant(), 10)).isEqualTo(3);
        }

        @Test
        void expiredHoldCannotBePostedOrVoided() {
            Transfer hold = hold(200, 30);
            clock.advance(Duration.ofSeconds(30));
            assertThat(ledger.createTransfer(post(hold).build())).isEqualTo(PENDING_EXPIRED);
            ledger.expirePendingTransfers(clock.instant(), 10);
            assertThat(ledger.createTransfer(voiding(hold).build())).isEqualTo(PENDING_EXPIRED);
            assertThat(balance(wallet)).isEqualTo(new Balance(0, 0, 0, 1_000));
        }

        @Test
        void postedHoldIsNotExpired() {
            Transfer hold = hold(200, 30);
            ledger.createTransfer(post(hold).build());
            clock.advance(Duration.ofMinutes(5));
            assertThat(ledger.expirePendingTransfers(clock.instant(), 10)).isZero();
            assertThat(balance(merchant).net()).isEqualTo(200);
        }
    }

    @Nested
    class History {

        @Test
        void transfersOfAnAccountComeNewestFirstInPages() {
            List<TransferId> ids = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                Transfer t = move(carrier, wallet, i + 1).build();
                ledger.createTransfer(t);
                ids.add(t.id());
            }
            Transfer unrelated = move(carrier, merchant, 7).build();
            ledger.createTransfer(unrelated);
            Transfer outgoing = move(wallet, merchant, 3).build();
            ledger.createTransfer(outgoing);
            ids.add(outgoing.id());

            TransferPage first = ledger.transfersOf(wallet, Long.MAX_VALUE, 4);
            assertThat(first.transfers())
                    .extracting(TransferRecord::id)
                    .containsExactly(ids.get(5), ids.get(4), ids.get(3), ids.get(2));
            TransferPage second = ledger.transfersOf(wallet, first.nextBefore().orElseThrow(), 4);
            assertThat(second.transfers()).extracting(TransferRecord::id).containsExactly(ids.get(1), ids.get(0));
            assertThat(second.nextBefore()).isEmpty();
        }

        @Test
        void exactlyFullLastPageHasNoNextPage() {
            ledger.createTransfer(move(carrier, wallet, 1).build());
            ledger.createTransfer(move(carrier, wallet, 2).build());
            TransferPage page = ledger.transfersOf(wallet, Long.MAX_VALUE, 2);
            assertThat(page.transfers()).hasSize(2);
            assertThat(page.nextBefore()).isEmpty();
        }

        @Test
        void unknownTransferIsEmpty() {
            assertThat(ledger.transfer(TransferId.timeOrdered())).isEmpty();
        }
    }
}
