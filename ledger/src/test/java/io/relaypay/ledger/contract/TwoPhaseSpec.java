package io.relaypay.ledger.contract;

import static io.relaypay.ledger.domain.CreateTransferResult.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.ledger.domain.Balance;
import io.relaypay.ledger.domain.PendingState;
import io.relaypay.ledger.domain.Transfer;
import io.relaypay.ledger.domain.TransferFlag;
import io.relaypay.ledger.domain.TransferId;
import io.relaypay.ledger.domain.TransferRecord;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Ledger contract, part: Two-phase transfers: holds, full and partial posts, voids, expiry by the janitor. */
abstract class TwoPhaseSpec extends LedgerSpec {

    private Transfer hold(long cents, int timeoutSeconds) {
        Transfer hold = move(wallet, merchant, cents).pending(timeoutSeconds).build();
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
        assertThat(ledger.createTransfer(move(wallet, merchant, 401).build())).isEqualTo(EXCEEDS_CREDITS);
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
        assertThat(ledger.createTransfer(post(hold).amount(601).build())).isEqualTo(EXCEEDS_PENDING_TRANSFER_AMOUNT);
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
        assertThat(ledger.createTransfer(post(hold).code(9).build())).isEqualTo(PENDING_TRANSFER_HAS_DIFFERENT_CODE);
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
