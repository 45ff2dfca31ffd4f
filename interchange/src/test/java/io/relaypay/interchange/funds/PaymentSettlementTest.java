package io.relaypay.interchange.funds;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.interchange.common.Ids;
import io.relaypay.interchange.merchants.FeeTerms;
import io.relaypay.interchange.merchants.Merchant;
import io.relaypay.interchange.payments.FailureReason;
import io.relaypay.interchange.payments.Payment;
import io.relaypay.interchange.payments.PaymentFunding.Outcome;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Settling payments on an in-memory ledger and a simulated carrier: every path, every retry. */
class PaymentSettlementTest extends SettlementFixture {

    @Test
    void balanceThatCoversTheAmountPaysTheMerchantLessTheFee() {
        topUp(1_000);

        Outcome outcome = settlement.settle(processing("pay_1", 499, NORTHWIND_PHONE));

        long fee = 15 + 10; // 3 % of 499 rounded up, plus 10
        assertThat(outcome).isEqualTo(new Outcome.Paid());
        assertThat(balanceOf(new BookAccount.Wallet("usr_buyer"))).isEqualTo(501);
        assertThat(balanceOf(new BookAccount.MerchantBalance("mer_1"))).isEqualTo(499 - fee);
        assertThat(balanceOf(new BookAccount.Fees())).isEqualTo(fee);
        assertThat(carrier.requests()).isZero();
    }

    @Test
    void settlingTwiceMovesTheMoneyOnce() {
        topUp(1_000);
        Payment payment = processing("pay_2", 499, NORTHWIND_PHONE);

        settlement.settle(payment);
        Outcome again = settlement.settle(payment);

        assertThat(again).isEqualTo(new Outcome.Paid());
        assertThat(balanceOf(new BookAccount.Wallet("usr_buyer"))).isEqualTo(501);
    }

    @Test
    void retryAfterACrashBetweenHoldAndPostFinishesThePost() {
        topUp(1_000);
        Payment payment = processing("pay_3", 499, NORTHWIND_PHONE);
        fundings.startOrGet(Funding.start(payment.id(), 25, NOW));
        bookings.holdFromWallet(payment, "usr_buyer");

        Outcome outcome = settlement.settle(payment);

        assertThat(outcome).isEqualTo(new Outcome.Paid());
        assertThat(balanceOf(new BookAccount.MerchantBalance("mer_1"))).isEqualTo(499 - 25);
        assertThat(ledger.balance(accounts.idOf(new BookAccount.Wallet("usr_buyer"), "EUR", false))
                        .orElseThrow()
                        .debitsPending())
                .isZero();
    }

    @Test
    void shortBalanceIsChargedToThePhoneBillWithTheCarrierShareBooked() {
        topUp(100);

        Outcome outcome = settlement.settle(processing("pay_4", 499, NORTHWIND_PHONE));

        assertThat(outcome).isEqualTo(new Outcome.Paid());
        assertThat(carrier.charges()).containsOnlyKeys("pay_4");
        assertThat(carrier.charges().get("pay_4").amount()).isEqualTo(499);
        long share = 150; // 30 % of 499, half up
        assertThat(balanceOf(new BookAccount.CarrierReceivable("northwind"))).isEqualTo(-(499 - share));
        assertThat(balanceOf(new BookAccount.CarrierShare("northwind"))).isEqualTo(-share);
        assertThat(balanceOf(new BookAccount.Wallet("usr_buyer"))).isEqualTo(100);
        assertThat(balanceOf(new BookAccount.MerchantBalance("mer_1"))).isEqualTo(499 - 25);
    }

    @Test
    void carrierDecliningForCreditFailsWithInsufficientFundsAndMovesNothing() {
        carrier.declineNextForCredit();

        Outcome outcome = settlement.settle(processing("pay_5", 499, NORTHWIND_PHONE));

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        Outcome.Failed.class, f -> assertThat(f.reason()).isEqualTo(FailureReason.INSUFFICIENT_FUNDS));
        assertThat(balanceOf(new BookAccount.MerchantBalance("mer_1"))).isZero();
        assertThat(balanceOf(new BookAccount.Wallet("usr_buyer"))).isZero();
    }

    @Test
    void carrierRefusingTheChargeFailsWithFundingFailedAndStaysFailed() {
        carrier.declineNextAsBlocked();
        Payment payment = processing("pay_6", 499, NORTHWIND_PHONE);

        Outcome first = settlement.settle(payment);
        Outcome again = settlement.settle(payment);

        assertThat(first)
                .isInstanceOfSatisfying(
                        Outcome.Failed.class, f -> assertThat(f.reason()).isEqualTo(FailureReason.FUNDING_FAILED));
        assertThat(again).isEqualTo(first);
        assertThat(carrier.requests()).isEqualTo(1);
    }

    @Test
    void numberNoCarrierBillsFailsWithInsufficientFunds() {
        Outcome outcome = settlement.settle(processing("pay_7", 499, UNBILLABLE_PHONE));

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        Outcome.Failed.class, f -> assertThat(f.reason()).isEqualTo(FailureReason.INSUFFICIENT_FUNDS));
        assertThat(carrier.requests()).isZero();
    }

    @Test
    void lostAnswerIsPendingAndTheRetryFindsTheChargeInsteadOfChargingAgain() {
        carrier.chargeAndDropNextAnswer();
        Payment payment = processing("pay_8", 499, NORTHWIND_PHONE);

        Outcome first = settlement.settle(payment);
        assertThat(first).isInstanceOf(Outcome.Pending.class);
        assertThat(balanceOf(new BookAccount.MerchantBalance("mer_1"))).isZero();

        Outcome retry = settlement.settle(payment);

        assertThat(retry).isEqualTo(new Outcome.Paid());
        assertThat(carrier.requests()).isEqualTo(1);
        assertThat(balanceOf(new BookAccount.MerchantBalance("mer_1"))).isEqualTo(499 - 25);
    }

    @Test
    void lostRequestIsChargedOnRetryWithTheSameCorrelator() {
        carrier.dropNextRequest();
        Payment payment = processing("pay_9", 499, NORTHWIND_PHONE);

        assertThat(settlement.settle(payment)).isInstanceOf(Outcome.Pending.class);
        Outcome retry = settlement.settle(payment);

        assertThat(retry).isEqualTo(new Outcome.Paid());
        assertThat(carrier.charges()).containsOnlyKeys("pay_9");
    }

    @Test
    void onceTheCarrierWasAskedARetryNeverPaysFromTheBalanceInstead() {
        carrier.chargeAndDropNextAnswer();
        Payment payment = processing("pay_10", 499, NORTHWIND_PHONE);
        settlement.settle(payment);
        topUp(5_000);

        settlement.settle(payment);

        assertThat(balanceOf(new BookAccount.Wallet("usr_buyer"))).isEqualTo(5_000);
        assertThat(carrier.charges()).containsOnlyKeys("pay_10");
    }

    @Test
    void paymentAnotherWorkerIsSettlingIsLeftPending() {
        topUp(1_000);
        Payment payment = processing("pay_11", 499, NORTHWIND_PHONE);
        fundings.startOrGet(Funding.start(payment.id(), 25, NOW));
        fundings.leaseToSomeoneElse(payment.id(), NOW.plusSeconds(30));

        Outcome outcome = settlement.settle(payment);

        assertThat(outcome).isInstanceOf(Outcome.Pending.class);
        assertThat(balanceOf(new BookAccount.Wallet("usr_buyer"))).isEqualTo(1_000);
    }

    @Test
    void noFeeMeansTheMerchantGetsTheWholeAmount() {
        Merchant free = new Merchant("mer_1", "Acme", Optional.empty(), FeeTerms.NONE, Set.of(), "general", NOW);
        PaymentSettlement noFees = new PaymentSettlement(
                fundings,
                bookings,
                carrier,
                new Carriers(List.of()),
                id -> Optional.of(free),
                new Ids(clock),
                clock,
                Duration.ofSeconds(60));
        topUp(1_000);

        assertThat(noFees.settle(processing("pay_12", 499, NORTHWIND_PHONE))).isEqualTo(new Outcome.Paid());
        assertThat(balanceOf(new BookAccount.MerchantBalance("mer_1"))).isEqualTo(499);
        assertThat(balanceOf(new BookAccount.Fees())).isZero();
    }
}
