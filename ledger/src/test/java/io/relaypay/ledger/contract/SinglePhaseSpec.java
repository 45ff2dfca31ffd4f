package io.relaypay.ledger.contract;

import static io.relaypay.ledger.domain.CreateTransferResult.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.ledger.domain.Account;
import io.relaypay.ledger.domain.AccountId;
import io.relaypay.ledger.domain.AccountKind;
import io.relaypay.ledger.domain.Balance;
import io.relaypay.ledger.domain.Money;
import io.relaypay.ledger.domain.PendingState;
import io.relaypay.ledger.domain.Transfer;
import io.relaypay.ledger.domain.TransferId;
import io.relaypay.ledger.domain.TransferRecord;
import io.relaypay.ledger.domain.UserData;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Ledger contract, part: Single-phase transfers: every validation result, idempotency, balance constraints, overflow. */
abstract class SinglePhaseSpec extends LedgerSpec {

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
        assertThat(ledger.createTransfer(wrongCurrency)).isEqualTo(TRANSFER_MUST_HAVE_THE_SAME_CURRENCY_AS_ACCOUNTS);
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
        assertThat(ledger.createTransfer(move(wallet, merchant, 1_001).build())).isEqualTo(EXCEEDS_CREDITS);
        assertThat(ledger.createTransfer(move(wallet, merchant, 1_000).build())).isEqualTo(OK);
        assertThat(balance(wallet).net()).isZero();
    }

    @Test
    void creditBeyondDebitsOfConstrainedAccountIsRejected() {
        assertThat(ledger.createTransfer(move(carrier, capped, 1).build())).isEqualTo(EXCEEDS_DEBITS);
        assertThat(ledger.createTransfer(move(capped, carrier, 300).build())).isEqualTo(OK);
        assertThat(ledger.createTransfer(move(carrier, capped, 300).build())).isEqualTo(OK);
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
        assertThat(ledger.createTransfer(move(otherSource, wallet, 11).build())).isEqualTo(OK);
        assertThat(ledger.createTransfer(move(wallet, merchant, 11).build())).isEqualTo(OVERFLOWS_CREDITS);
        assertThat(balance(merchant).creditsPosted()).isEqualTo(Long.MAX_VALUE - 10);
    }
}
