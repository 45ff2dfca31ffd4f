package io.relaypay.interchange.funds;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.interchange.common.Ids;
import io.relaypay.interchange.merchants.FeeTerms;
import io.relaypay.interchange.merchants.Merchant;
import io.relaypay.interchange.payments.FailureReason;
import io.relaypay.interchange.payments.Payment;
import io.relaypay.interchange.payments.PaymentFunding.Outcome;
import io.relaypay.interchange.payments.PaymentStatus;
import io.relaypay.ledger.domain.AccountFlag;
import io.relaypay.ledger.domain.AccountRecord;
import io.relaypay.ledger.domain.Balance;
import io.relaypay.ledger.domain.InMemoryLedger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Settling payments on an in-memory ledger and a simulated carrier: every path, every retry. */
class PaymentSettlementTest {

    static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");
    static final String NORTHWIND_PHONE = "+4915112345671";
    static final String UNBILLABLE_PHONE = "+33612345678";

    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    final InMemoryLedger ledger = new InMemoryLedger(clock);
    final InMemoryLedgerAccountStore index = new InMemoryLedgerAccountStore();
    final LedgerAccounts accounts = new LedgerAccounts(ledger, index);
    final Bookings bookings = new Bookings(ledger, accounts);
    final InMemoryFundingStore fundings = new InMemoryFundingStore();
    final SimulatedCarrier carrier = new SimulatedCarrier();
    final Merchant merchant =
            new Merchant("mer_1", "Acme Games", Optional.empty(), new FeeTerms(300, 10), Set.of(), "general", NOW);
    final PaymentSettlement settlement = new PaymentSettlement(
            fundings,
            bookings,
            carrier,
            new Carriers(List.of(new Carriers.Carrier("northwind", List.of("+49151", "+49160"), 3_000))),
            id -> Optional.of(merchant).filter(m -> m.id().equals(id)),
            new Ids(clock),
            clock,
            Duration.ofSeconds(60));

    static Payment processing(String id, long amount, String phone) {
        return new Payment(
                id,
                "mer_1",
                false,
                PaymentStatus.PROCESSING,
                amount,
                "EUR",
                0,
                "order-" + id,
                Optional.of("Sword of dawn"),
                Optional.empty(),
                Optional.empty(),
                Optional.of(phone),
                Optional.of("usr_buyer"),
                Optional.empty(),
                NOW,
                NOW.plusSeconds(900),
                NOW,
                1,
                false,
                Optional.empty());
    }

    long balanceOf(BookAccount account) {
        return ledger.balance(accounts.idOf(account, "EUR", false))
                .map(Balance::net)
                .orElse(0L);
    }

    void topUp(long amount) {
        bookings.topUp("usr_buyer", amount, "EUR", "seed-" + amount);
    }

    @AfterEach
    void booksBalanceAndNoConstrainedAccountIsNegative() {
        List<AccountRecord> all = ledger.accounts(
                index.all().stream().map(LedgerAccountStore.Row::accountId).toList());
        Map<String, Long> sums = all.stream()
                .collect(Collectors.groupingBy(
                        a -> a.account().currency().getCurrencyCode(),
                        Collectors.summingLong(a -> a.balance().net())));
        sums.values().forEach(sum -> assertThat(sum).isZero());
        for (AccountRecord a : all) {
            Balance b = a.balance();
            if (a.account().has(AccountFlag.DEBITS_MUST_NOT_EXCEED_CREDITS)) {
                assertThat(b.creditsPosted() - b.debitsPosted() - b.debitsPending())
                        .isNotNegative();
            }
            if (a.account().has(AccountFlag.CREDITS_MUST_NOT_EXCEED_DEBITS)) {
                assertThat(b.debitsPosted() - b.creditsPosted() - b.creditsPending())
                        .isNotNegative();
            }
        }
    }

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

    /** A premium top-up stand-in: it credits the wallet when told, as a succeeded deposit does. */
    final class ScriptedTopUps implements PremiumTopUps {
        final List<Long> requested = new java.util.ArrayList<>();
        PremiumTopUps.TopUp state = new PremiumTopUps.TopUp.Waiting("dep_1");

        @Override
        public TopUp request(String paymentId, String phoneNumber, boolean livemode, long shortfall, String currency) {
            requested.add(shortfall);
            return state;
        }

        @Override
        public TopUp status(String topUpId) {
            return state;
        }

        void credit(long amount) {
            topUp(amount);
            state = new PremiumTopUps.TopUp.Credited("dep_1");
        }
    }

    PaymentSettlement withTopUps(PremiumTopUps topUps) {
        return new PaymentSettlement(
                fundings,
                bookings,
                carrier,
                new Carriers(List.of(new Carriers.Carrier("northwind", List.of("+49151", "+49160"), 3_000))),
                id -> Optional.of(merchant).filter(m -> m.id().equals(id)),
                new Ids(clock),
                clock,
                Duration.ofSeconds(60),
                FeeSchedule.STANDARD,
                topUps);
    }

    @Test
    void aBarredPhoneBillWaitsForAPremiumTopUpOfTheShortfallThenPaysFromTheBalance() {
        ScriptedTopUps topUps = new ScriptedTopUps();
        PaymentSettlement premium = withTopUps(topUps);
        topUp(100);
        carrier.declineNextAsBlocked();
        Payment payment = processing("pay_20", 499, NORTHWIND_PHONE);

        assertThat(premium.settle(payment)).isInstanceOf(Outcome.Pending.class);
        assertThat(premium.settle(payment)).isInstanceOf(Outcome.Pending.class);
        assertThat(topUps.requested).as("one top-up of what the wallet lacks").containsExactly(399L);

        topUps.credit(399);

        assertThat(premium.settle(payment)).isEqualTo(new Outcome.Paid());
        assertThat(premium.settle(payment)).isEqualTo(new Outcome.Paid());
        assertThat(fundings.find("pay_20").orElseThrow().method()).isEqualTo(FundingMethod.PREMIUM_SMS);
        assertThat(balanceOf(new BookAccount.Wallet("usr_buyer"))).isZero();
        // 3 % + 0.10 of 4.99, as for any method under the merchant's own terms.
        assertThat(balanceOf(new BookAccount.MerchantBalance("mer_1"))).isEqualTo(499 - 25);
        assertThat(carrier.requests()).isEqualTo(1);
    }

    @Test
    void aTopUpThatFailsFailsThePaymentAndMovesNothing() {
        ScriptedTopUps topUps = new ScriptedTopUps();
        PaymentSettlement premium = withTopUps(topUps);
        carrier.declineNextAsBlocked();
        Payment payment = processing("pay_21", 499, NORTHWIND_PHONE);
        assertThat(premium.settle(payment)).isInstanceOf(Outcome.Pending.class);

        topUps.state = new PremiumTopUps.TopUp.Failed("the top-up was not confirmed in time");

        assertThat(premium.settle(payment))
                .isInstanceOfSatisfying(
                        Outcome.Failed.class, f -> assertThat(f.reason()).isEqualTo(FailureReason.FUNDING_FAILED));
        assertThat(balanceOf(new BookAccount.MerchantBalance("mer_1"))).isZero();
    }

    @Test
    void aCarrierRefusalForLackOfCreditIsNotToppedUp() {
        ScriptedTopUps topUps = new ScriptedTopUps();
        carrier.declineNextForCredit();

        Outcome outcome = withTopUps(topUps).settle(processing("pay_22", 499, NORTHWIND_PHONE));

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        Outcome.Failed.class, f -> assertThat(f.reason()).isEqualTo(FailureReason.INSUFFICIENT_FUNDS));
        assertThat(topUps.requested).isEmpty();
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
