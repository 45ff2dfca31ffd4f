package io.relaypay.ledger.contract;

import static io.relaypay.ledger.domain.CreateTransferResult.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.ledger.domain.Account;
import io.relaypay.ledger.domain.AccountId;
import io.relaypay.ledger.domain.AccountKind;
import io.relaypay.ledger.domain.Balance;
import io.relaypay.ledger.domain.Money;
import io.relaypay.ledger.domain.Transfer;
import io.relaypay.ledger.domain.TransferId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ledger contract, part: Linked chains: all or nothing, open chains, resubmission, cross-currency through settlement. */
abstract class LinkedTransferSpec extends LedgerSpec {

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
