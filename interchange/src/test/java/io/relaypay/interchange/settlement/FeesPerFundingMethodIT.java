package io.relaypay.interchange.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.interchange.payments.Payment;
import io.relaypay.interchange.payments.PaymentFunding;
import io.relaypay.interchange.support.FundsFixture;
import io.relaypay.interchange.support.Http;
import io.relaypay.interchange.support.LedgerInvariant;
import io.relaypay.interchange.support.RunningInterchange;
import io.relaypay.interchange.support.RunningInterchange.TestMerchant;
import io.relaypay.simulator.CarrierNetwork;
import io.relaypay.simulator.SimulatorConfig;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A merchant's fee per funding method and a carrier's share per price point, on payments settled
 * from the balance and by operator billing through the carrier simulator; fees shown in statements.
 */
class FeesPerFundingMethodIT {

    static final CarrierNetwork network =
            CarrierNetwork.start(SimulatorConfig.defaults().withEphemeralPorts());

    @RegisterExtension
    static final RunningInterchange server = new RunningInterchange()
            .with("relaypay.funds.janitor-interval", "1h")
            .with("relaypay.settlement.scheduler-interval", "1h")
            .with("relaypay.funds.billing-url", network.httpUri() + "/carrier-billing/v0")
            .with("relaypay.settlement.carrier-price-points.northwind.1000", 5_000);

    final FundsFixture funds = new FundsFixture(server);

    @AfterAll
    static void stopSimulator() {
        network.close();
    }

    @AfterEach
    void booksBalance() {
        LedgerInvariant.check(server.bean(DataSource.class));
    }

    static Http.Response setFees(String merchantId, String method, long basisPoints, long fixed) {
        return server.admin()
                .put(
                        "/admin/v1/merchants/" + merchantId + "/fees/" + method,
                        "application/json",
                        "{\"fee_basis_points\":" + basisPoints + ",\"fee_fixed\":" + fixed + "}");
    }

    static long storedFee(Payment payment) {
        return server.bean(JdbcClient.class)
                .sql("SELECT fee FROM payment_fundings WHERE payment_id = ?")
                .param(payment.id())
                .query(Long.class)
                .single();
    }

    @Test
    void operatorBilledPaymentPaysItsMethodsFeeAndTheBalanceOneTheMerchantsOwn() {
        TestMerchant shop = funds.merchant("Method Fee Shop", 100, 10);
        assertThat(setFees(shop.id(), "operator-billing", 500, 0).status()).isEqualTo(200);
        String from = Instant.now().minus(Duration.ofMinutes(1)).toString();

        Payment fromBalance = funds.succeeded(shop, 1_000, "+4917600000001");
        Payment billed = funds.processing(shop, 1_000, "+4915112345671");
        assertThat(funds.settle(billed)).isInstanceOf(PaymentFunding.Outcome.Paid.class);

        assertThat(storedFee(fromBalance)).isEqualTo(20);
        assertThat(storedFee(billed)).isEqualTo(50);
        assertThat(funds.available(shop)).isEqualTo(980 + 950);
        String to = Instant.now().plus(Duration.ofMinutes(1)).toString();
        JsonNode eur = shop.api()
                .get("/v1/statements?from=" + from + "&to=" + to)
                .json()
                .get("data")
                .get(0);
        assertThat(eur.get("gross").asLong()).isEqualTo(2_000);
        assertThat(eur.get("fees").asLong()).isEqualTo(70);
        assertThat(eur.get("net").asLong()).isEqualTo(1_930);
    }

    @Test
    void carrierKeepsThePricePointsOwnShare() {
        TestMerchant shop = funds.merchant("Price Point Shop", 0, 0);
        String from = Instant.now().minus(Duration.ofMinutes(1)).toString();

        Payment tenEuros = funds.processing(shop, 1_000, "+4915112345672"); // 50 % at this price point
        assertThat(funds.settle(tenEuros)).isInstanceOf(PaymentFunding.Outcome.Paid.class);
        Payment other = funds.processing(shop, 999, "+4915112345672"); // the default 30 %
        assertThat(funds.settle(other)).isInstanceOf(PaymentFunding.Outcome.Paid.class);

        String to = Instant.now().plus(Duration.ofMinutes(1)).toString();
        JsonNode northwind = server.admin()
                .get("/admin/v1/carriers/northwind/statement?from=" + from + "&to=" + to)
                .json()
                .get("data")
                .get(0);
        assertThat(northwind.get("gross").asLong()).isGreaterThanOrEqualTo(1_999);
        assertThat(server.bean(JdbcClient.class)
                        .sql("SELECT carrier_share FROM payment_fundings WHERE payment_id = ?")
                        .param(tenEuros.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(500);
        assertThat(server.bean(JdbcClient.class)
                        .sql("SELECT carrier_share FROM payment_fundings WHERE payment_id = ?")
                        .param(other.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(300); // 299.7 rounds half up
    }

    @Test
    void feesForAnUnknownMerchantAreRefused() {
        Http.Response answer = setFees("mer_nobody", "operator-billing", 100, 0);

        assertThat(answer.status()).isEqualTo(404);
    }

    @Test
    void feeAboveEveryAmountIsRefused() {
        TestMerchant shop = funds.merchant("Bad Fee Shop", 0, 0);

        Http.Response answer = setFees(shop.id(), "balance", 10_001, 0);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.problem()).isEqualTo("invalid-request");
    }
}
