package io.relaypay.interchange.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.relaypay.interchange.payments.Payment;
import io.relaypay.interchange.payments.PaymentService;
import io.relaypay.interchange.payments.PaymentStatus;
import io.relaypay.interchange.support.FundsFixture;
import io.relaypay.interchange.support.LedgerInvariant;
import io.relaypay.interchange.support.RunningInterchange;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The payment janitor runs on its own schedule: a payment left in processing gets settled without anyone asking. */
class PaymentJanitorScheduleIT {

    @RegisterExtension
    static final RunningInterchange server = new RunningInterchange()
            .with("relaypay.checkout.janitor-interval", "200ms")
            .with("relaypay.checkout.processing-lease", "0s");

    @Test
    void scheduledJanitorSettlesAPaymentLeftInProcessing() {
        FundsFixture funds = new FundsFixture(server);
        String buyer = "+4915140000001";
        funds.topUp(buyer, 1_000, "seed");
        Payment stuck = funds.processing(funds.merchant("Scheduled Shop", 0, 0), 350, buyer);

        await().atMost(Duration.ofSeconds(20))
                .until(() -> server.bean(PaymentService.class)
                                .find(stuck.id())
                                .orElseThrow()
                                .status()
                        == PaymentStatus.SUCCEEDED);

        assertThat(funds.walletBalance(buyer)).isEqualTo(650);
        LedgerInvariant.check(server.bean(DataSource.class));
    }
}
