package io.relaypay.interchange.funds;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.interchange.payments.FailureReason;
import io.relaypay.interchange.payments.Payment;
import io.relaypay.interchange.payments.PaymentFunding.Outcome;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A purchase the phone bill cannot pay for a reason other than credit waits for a premium-SMS
 * top-up of the shortfall, then pays from the balance; a failed top-up fails the payment.
 */
class PremiumTopUpSettlementTest extends SettlementFixture {

    /** A premium top-up stand-in: it credits the wallet when told, as a succeeded deposit does. */
    final class ScriptedTopUps implements PremiumTopUps {
        final List<Long> requested = new ArrayList<>();
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

    @Test
    void aBarredPhoneBillWaitsForAPremiumTopUpOfTheShortfallThenPaysFromTheBalance() {
        ScriptedTopUps topUps = new ScriptedTopUps();
        PaymentSettlement premium = settlement(topUps);
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
        PaymentSettlement premium = settlement(topUps);
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

        Outcome outcome = settlement(topUps).settle(processing("pay_22", 499, NORTHWIND_PHONE));

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        Outcome.Failed.class, f -> assertThat(f.reason()).isEqualTo(FailureReason.INSUFFICIENT_FUNDS));
        assertThat(topUps.requested).isEmpty();
    }
}
