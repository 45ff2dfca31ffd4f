package io.relaypay.interchange.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.interchange.payments.Payment;
import io.relaypay.interchange.payments.PaymentFunding;
import io.relaypay.interchange.support.FundsFixture;
import io.relaypay.interchange.support.LedgerInvariant;
import io.relaypay.interchange.support.RunningInterchange;
import io.relaypay.interchange.support.RunningInterchange.TestMerchant;
import io.relaypay.simulator.CarrierNetwork;
import io.relaypay.simulator.SimulatorConfig;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A deferred user fee of 0.30 per operator-billed payment: owed when the carrier bills the buyer,
 * taken from the wallet by the buyer's later purchases, never more than the wallet has left.
 */
class DeferredUserFeesIT {

    static final CarrierNetwork network =
            CarrierNetwork.start(SimulatorConfig.defaults().withEphemeralPorts());

    @RegisterExtension
    static final RunningInterchange server = new RunningInterchange()
            .with("relaypay.funds.janitor-interval", "1h")
            .with("relaypay.settlement.scheduler-interval", "1h")
            .with("relaypay.funds.billing-url", network.httpUri() + "/carrier-billing/v0")
            .with("relaypay.settlement.user-fees.operator-billing.fixed", 30)
            .with("relaypay.settlement.user-fees-deferred", true);

    static FundsFixture funds;
    static TestMerchant shop;

    @BeforeAll
    static void merchant() {
        funds = new FundsFixture(server);
        shop = funds.merchant("User Fee Shop", 0, 0);
    }

    @AfterAll
    static void stopSimulator() {
        network.close();
    }

    @AfterEach
    void booksBalance() {
        LedgerInvariant.check(server.bean(DataSource.class));
    }

    static Payment billed(long amount, String buyer) {
        Payment payment = funds.processing(shop, amount, buyer);
        assertThat(funds.settle(payment)).isInstanceOf(PaymentFunding.Outcome.Paid.class);
        return payment;
    }

    static long collected(Payment debtOf) {
        return server.bean(JdbcClient.class)
                .sql("SELECT collected FROM user_fee_debts WHERE payment_id = ?")
                .param(debtOf.id())
                .query(Long.class)
                .single();
    }

    @Test
    void feeIsOwedWhenBilledAndTakenByTheNextPurchase() {
        String buyer = "+4915112345671";
        Payment first = billed(1_000, buyer);

        assertThat(funds.walletBalance(buyer)).isZero();
        assertThat(collected(first)).isZero();

        funds.topUp(buyer, 500, "more-" + first.id());
        fromBalance(100, buyer);

        assertThat(collected(first)).isEqualTo(30);
        assertThat(funds.walletBalance(buyer)).isEqualTo(500 - 100 - 30);
    }

    @Test
    void shortWalletPaysWhatItHasAndTheRestLater() {
        String buyer = "+4915112345672";
        Payment first = billed(1_000, buyer);
        funds.topUp(buyer, 60, "short-" + first.id());

        fromBalance(50, buyer); // 10 left after it: 10 of the 30 collected

        assertThat(collected(first)).isEqualTo(10);
        assertThat(funds.walletBalance(buyer)).isZero();

        funds.topUp(buyer, 100, "rest-" + first.id());
        fromBalance(50, buyer); // 50 left: the other 20 collected

        assertThat(collected(first)).isEqualTo(30);
        assertThat(funds.walletBalance(buyer)).isEqualTo(30);
    }

    static void fromBalance(long amount, String buyer) {
        Payment payment = funds.processing(shop, amount, buyer);
        assertThat(funds.settle(payment)).isInstanceOf(PaymentFunding.Outcome.Paid.class);
    }
}
