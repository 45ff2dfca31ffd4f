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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A user fee of 2 % per operator-billed payment, not deferred: taken by the same purchase. */
class ImmediateUserFeesIT {

    static final CarrierNetwork network =
            CarrierNetwork.start(SimulatorConfig.defaults().withEphemeralPorts());

    @RegisterExtension
    static final RunningInterchange server = new RunningInterchange()
            .with("relaypay.funds.janitor-interval", "1h")
            .with("relaypay.settlement.scheduler-interval", "1h")
            .with("relaypay.funds.billing-url", network.httpUri() + "/carrier-billing/v0")
            .with("relaypay.settlement.user-fees.operator-billing.basis-points", 200);

    final FundsFixture funds = new FundsFixture(server);

    @AfterAll
    static void stopSimulator() {
        network.close();
    }

    @AfterEach
    void booksBalance() {
        LedgerInvariant.check(server.bean(DataSource.class));
    }

    @Test
    void feeComesOutOfWhatTheWalletHeldBesideTheBilledPayment() {
        TestMerchant shop = funds.merchant("Immediate Fee Shop", 0, 0);
        String buyer = "+4915112345671";
        funds.topUp(buyer, 200, "beside");

        Payment billed = funds.processing(shop, 1_000, buyer); // 200 is short: the carrier bills 1,000
        assertThat(funds.settle(billed)).isInstanceOf(PaymentFunding.Outcome.Paid.class);

        assertThat(funds.walletBalance(buyer)).isEqualTo(200 - 20);
        assertThat(funds.available(shop)).isEqualTo(1_000);
    }

    @Test
    void balancePaymentsCostTheUserNothing() {
        TestMerchant shop = funds.merchant("Free Balance Shop", 0, 0);
        String buyer = "+4915112345672";

        funds.succeeded(shop, 500, buyer);

        assertThat(funds.walletBalance(buyer)).isZero();
    }
}
