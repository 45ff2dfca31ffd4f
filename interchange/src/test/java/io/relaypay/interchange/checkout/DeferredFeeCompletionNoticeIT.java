package io.relaypay.interchange.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.interchange.support.RunningInterchange.TestMerchant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * With the same 0.10 EUR fee deferred, the phone-bill payment only makes the fee owed (a later
 * purchase takes it), so its completion SMS says nothing of a fee.
 */
class DeferredFeeCompletionNoticeIT {

    @RegisterExtension
    static final CompletionNoticeFixture checkout = new CompletionNoticeFixture(
            server -> server.with("relaypay.settlement.user-fees.operator-billing.fixed", 10)
                    .with("relaypay.settlement.user-fees-deferred", true));

    static TestMerchant acme;

    @BeforeAll
    static void merchant() {
        acme = checkout.funds.merchant("Acme", 0, 0);
    }

    @Test
    void completionSmsOfAPaymentWhoseFeeIsDeferredNamesNoFee() {
        String phone = checkout.buyer(100);

        checkout.pay(acme, phone);

        assertThat(checkout.completionTextOn(phone)).isEqualTo("Relaypay: you paid 4.99 EUR to Acme. Thank you.");
        assertThat(checkout.funds.walletBalance(phone))
                .as("the fee is owed, not taken")
                .isEqualTo(100);
    }
}
