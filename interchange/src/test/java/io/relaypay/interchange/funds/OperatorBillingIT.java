package io.relaypay.interchange.funds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.relaypay.interchange.checkout.PaymentJanitor;
import io.relaypay.interchange.payments.FailureReason;
import io.relaypay.interchange.payments.Payment;
import io.relaypay.interchange.payments.PaymentFunding;
import io.relaypay.interchange.payments.PaymentService;
import io.relaypay.interchange.payments.PaymentStatus;
import io.relaypay.interchange.support.AnswerDroppingProxy;
import io.relaypay.interchange.support.FundsFixture;
import io.relaypay.interchange.support.Http;
import io.relaypay.interchange.support.LedgerInvariant;
import io.relaypay.interchange.support.RunningInterchange;
import io.relaypay.interchange.support.RunningInterchange.TestMerchant;
import io.relaypay.simulator.CarrierNetwork;
import io.relaypay.simulator.SimulatorConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * Operator billing against the real carrier simulator on ephemeral ports (its CAMARA-shaped billing
 * API at {@code /carrier-billing/v0}), through a proxy that can lose the simulator's answers.
 * Skipped, with a message, when the simulator on the classpath has no billing API yet.
 */
class OperatorBillingIT {

    static final String NORTHWIND = "+4915112345671"; // postpaid, EUR 100.00 a month; never topped up
    static final String NORTHWIND_WITH_BALANCE = "+4915112345672";
    static final String NORTHWIND_PREPAID = "+4915112345673"; // EUR 10.00 of prepaid credit
    static final String BLUEWAVE_BLOCKED = "+4917612345673"; // third-party billing blocked

    static final CarrierNetwork network =
            CarrierNetwork.start(SimulatorConfig.defaults().withEphemeralPorts());
    static final AnswerDroppingProxy proxy = proxyTo(network.httpUri());

    @RegisterExtension
    static final RunningInterchange server = new RunningInterchange()
            .with("relaypay.funds.janitor-interval", "1h")
            .with("relaypay.funds.billing-url", proxy.uri() + "/carrier-billing/v0")
            .with("relaypay.funds.billing-timeout", "5s");

    final FundsFixture funds = new FundsFixture(server);
    final Http carrier = new Http(URI.create(network.httpUri() + "/"), "sim_billing_key");

    static AnswerDroppingProxy proxyTo(URI upstream) {
        try {
            return new AnswerDroppingProxy(upstream);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void stopSimulator() throws IOException {
        proxy.close();
        network.close();
    }

    @BeforeEach
    void simulatorBillsPhones() {
        assumeTrue(
                carrier.get("carrier-billing/v0/payments").status() == 200,
                "the simulator on the classpath has no operator billing API (branch simulator-billing not merged)");
    }

    @AfterEach
    void booksBalance() {
        proxy.passEverything();
        LedgerInvariant.check(server.bean(DataSource.class));
    }

    /** The carrier's charges made with this correlator. */
    JsonNode chargesFor(String correlator) {
        return carrier.get("carrier-billing/v0/payments?clientCorrelator=" + correlator)
                .json();
    }

    static Optional<JsonNode> systemAccount(String purpose) {
        for (JsonNode a : server.admin()
                .get("/admin/v1/ledger/accounts?owner=system")
                .json()
                .get("data")) {
            if (a.get("purpose").asString().equals(purpose)
                    && !a.get("livemode").asBoolean()) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    static long systemBalance(String purpose) {
        return systemAccount(purpose).map(a -> a.get("balance").asLong()).orElse(0L);
    }

    @Test
    void shortBalanceIsChargedToThePhoneBillAndTheCarrierShareBooked() {
        TestMerchant merchant = funds.merchant("Billing Shop", 0, 20);
        long receivableBefore = systemBalance("carrier-receivable/northwind");
        long shareBefore = systemBalance("carrier-share/northwind");
        long walletBefore = funds.walletBalance(NORTHWIND);

        Payment payment = funds.processing(merchant, 499, NORTHWIND);
        PaymentFunding.Outcome outcome = funds.settle(payment);

        assertThat(outcome).isEqualTo(new PaymentFunding.Outcome.Paid());
        JsonNode charges = chargesFor(payment.id());
        assertThat(charges).hasSize(1);
        assertThat(charges.get(0).get("paymentStatus").asString()).isEqualTo("succeeded");
        assertThat(charges.get(0)
                        .at("/amountTransaction/paymentAmount/chargingInformation/amount")
                        .decimalValue())
                .isEqualByComparingTo("4.99");
        long share = 150; // 30 % of 4.99, as the simulator's carrierShare says
        assertThat(charges.get(0).get("carrierShare").decimalValue()).isEqualByComparingTo("1.50");
        assertThat(systemBalance("carrier-receivable/northwind") - receivableBefore)
                .isEqualTo(-(499 - share));
        assertThat(systemBalance("carrier-share/northwind") - shareBefore).isEqualTo(-share);
        assertThat(funds.walletBalance(NORTHWIND)).isEqualTo(walletBefore);
        assertThat(funds.available(merchant)).isEqualTo(499 - 20);
    }

    @Test
    void balanceThatCoversThePaymentChargesNoPhoneBill() {
        TestMerchant merchant = funds.merchant("Balance First Shop", 0, 0);
        funds.topUp(NORTHWIND_WITH_BALANCE, 1_000, "covers-" + System.nanoTime());

        Payment payment = funds.processing(merchant, 300, NORTHWIND_WITH_BALANCE);
        funds.settle(payment);

        assertThat(chargesFor(payment.id())).isEmpty();
        assertThat(funds.available(merchant)).isEqualTo(300);
    }

    @Test
    void blockedBillingFailsThePaymentAndMovesNothing() {
        TestMerchant merchant = funds.merchant("Blocked Shop", 0, 0);

        Payment payment = funds.processing(merchant, 499, BLUEWAVE_BLOCKED);
        PaymentFunding.Outcome outcome = funds.settle(payment);

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        PaymentFunding.Outcome.Failed.class,
                        f -> assertThat(f.reason()).isEqualTo(FailureReason.FUNDING_FAILED));
        assertThat(merchant.api().get("/v1/payments/" + payment.id()).text("failure_reason"))
                .isEqualTo("funding_failed");
        assertThat(chargesFor(payment.id())).isEmpty();
        assertThat(funds.available(merchant)).isZero();
        assertThat(funds.walletBalance(BLUEWAVE_BLOCKED)).isZero();
    }

    @Test
    void prepaidCreditTooLowFailsWithInsufficientFunds() {
        TestMerchant merchant = funds.merchant("Prepaid Shop", 0, 0);

        Payment payment = funds.processing(merchant, 2_000, NORTHWIND_PREPAID);
        PaymentFunding.Outcome outcome = funds.settle(payment);

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        PaymentFunding.Outcome.Failed.class,
                        f -> assertThat(f.reason()).isEqualTo(FailureReason.INSUFFICIENT_FUNDS));
        assertThat(chargesFor(payment.id())).isEmpty();
        assertThat(funds.available(merchant)).isZero();
    }

    @Test
    void lostAnswerLeavesThePaymentProcessingAndTheJanitorBooksTheOneCharge() {
        TestMerchant merchant = funds.merchant("Lost Answer Shop", 0, 0);
        Payment payment = funds.processing(merchant, 199, NORTHWIND);
        proxy.dropNextPostAnswers(1);

        PaymentFunding.Outcome first = funds.settle(payment);

        assertThat(first).isInstanceOf(PaymentFunding.Outcome.Pending.class);
        assertThat(proxy.dropped()).isGreaterThanOrEqualTo(1);
        assertThat(chargesFor(payment.id())).hasSize(1);
        assertThat(funds.available(merchant)).isZero();
        assertThat(server.bean(PaymentService.class)
                        .find(payment.id())
                        .orElseThrow()
                        .status())
                .isEqualTo(PaymentStatus.PROCESSING);

        server.bean(PaymentJanitor.class).runOnce(Instant.now().plusSeconds(3_600));

        assertThat(server.bean(PaymentService.class)
                        .find(payment.id())
                        .orElseThrow()
                        .status())
                .isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(chargesFor(payment.id())).hasSize(1);
        assertThat(funds.available(merchant)).isEqualTo(199);
    }
}
