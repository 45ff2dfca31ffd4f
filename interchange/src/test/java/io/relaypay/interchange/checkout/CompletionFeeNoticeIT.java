package io.relaypay.interchange.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.interchange.support.RunningInterchange.TestMerchant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * With an immediate user fee of 0.10 EUR per operator-billed payment (ImmediateUserFeesIT's kind of
 * terms), the buyer's completion SMS names the fee the payment cost; a payment from the balance
 * cost none and its SMS names none.
 */
class CompletionFeeNoticeIT {

    @RegisterExtension
    static final CompletionNoticeFixture checkout = new CompletionNoticeFixture(
            server -> server.with("relaypay.settlement.user-fees.operator-billing.fixed", 10));

    static TestMerchant acme;

    @BeforeAll
    static void merchant() {
        acme = checkout.funds.merchant("Acme", 0, 0);
    }

    @Test
    void completionSmsOfAPhoneBillPaymentNamesTheUserFeeItCost() {
        String phone = checkout.buyer(100); // short of 4.99: the bill is charged, the fee comes from the 1.00

        checkout.pay(acme, phone);

        assertThat(checkout.completionTextOn(phone))
                .isEqualTo("Relaypay: you paid 4.99 EUR to Acme (fee 0.10 EUR). Thank you.");
        assertThat(checkout.funds.walletBalance(phone)).isEqualTo(100 - 10);
    }

    @Test
    void completionSmsOfABalancePaymentNamesNoFee() {
        String phone = checkout.buyer(1_000);

        checkout.pay(acme, phone);

        assertThat(checkout.completionTextOn(phone)).isEqualTo("Relaypay: you paid 4.99 EUR to Acme. Thank you.");
        assertThat(checkout.funds.walletBalance(phone)).isEqualTo(1_000 - 499);
    }
}
