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
import io.relaypay.ledger.domain.Transfer;
import io.relaypay.ledger.domain.TransferId;
import io.relaypay.testkit.TestClock;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every part of the ledger contract starts from: a fresh ledger on the backend under test, with
 * a funded-by-nothing set of accounts (a constrained wallet, a merchant, a carrier, a capped loan
 * account, and one in another currency), a test clock, and helpers to build transfers.
 */
public abstract class LedgerSpec {

    protected final TestClock clock = TestClock.standing();
    protected Ledger ledger;

    protected AccountId wallet;
    protected AccountId merchant;
    protected AccountId carrier;
    protected AccountId capped;
    protected AccountId dollars;

    /** A fresh, empty ledger on the backend under test, reading time from {@code clock}. */
    protected abstract Ledger newLedger(Clock clock);

    @BeforeEach
    void openLedgerWithAccounts() {
        ledger = newLedger(clock);
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

    protected static Money eur(long cents) {
        return Money.of(cents, "EUR");
    }

    protected static Transfer.Builder move(AccountId debit, AccountId credit, long cents) {
        return Transfer.builder(TransferId.timeOrdered())
                .debit(debit)
                .credit(credit)
                .amount(eur(cents))
                .code(1);
    }

    protected void fund(AccountId account, long cents) {
        assertThat(ledger.createTransfer(move(carrier, account, cents).build())).isEqualTo(OK);
    }

    protected Balance balance(AccountId id) {
        return ledger.balance(id).orElseThrow();
    }
}
