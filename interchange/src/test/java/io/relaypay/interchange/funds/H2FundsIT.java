package io.relaypay.interchange.funds;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.interchange.payments.Payment;
import io.relaypay.interchange.payments.PaymentFunding;
import io.relaypay.interchange.support.FundsFixture;
import io.relaypay.interchange.support.Http;
import io.relaypay.interchange.support.LedgerInvariant;
import io.relaypay.interchange.support.RunningInterchange;
import io.relaypay.interchange.support.RunningInterchange.TestMerchant;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The money paths on the embedded H2 database the demo runs on: the migrations, the insert-if-absent
 * statements and the row locks work there too.
 */
class H2FundsIT {

    @RegisterExtension
    static final RunningInterchange server = new RunningInterchange()
            .with("relaypay.db.url", "jdbc:h2:mem:funds-h2;DB_CLOSE_DELAY=-1")
            .with("relaypay.funds.janitor-interval", "1h");

    final FundsFixture funds = new FundsFixture(server);

    @AfterEach
    void booksBalance() {
        LedgerInvariant.check(server.bean(DataSource.class));
    }

    @Test
    void paymentFromTheBalanceIsSettledOnceAndRefunded() {
        TestMerchant merchant = funds.merchant("H2 Shop", 1_000, 0);
        String buyer = "+4915150000001";
        funds.topUp(buyer, 2_000, "seed");
        funds.topUp(buyer, 2_000, "seed");

        Payment payment = funds.processing(merchant, 1_000, buyer);
        funds.settle(payment);
        assertThat(server.bean(PaymentFunding.class).settle(payment)).isEqualTo(new PaymentFunding.Outcome.Paid());
        Http.Response refund = merchant.api().post("/v1/refunds", Map.of("payment", payment.id(), "amount", 900));
        Http.Response over = merchant.api().post("/v1/refunds", Map.of("payment", payment.id(), "amount", 101));

        assertThat(refund.text("status")).isEqualTo("succeeded");
        assertThat(over.problem()).isEqualTo("refund-exceeds-payment");
        assertThat(funds.walletBalance(buyer)).isEqualTo(2_000 - 1_000 + 900);
        assertThat(funds.available(merchant)).isZero();
    }
}
