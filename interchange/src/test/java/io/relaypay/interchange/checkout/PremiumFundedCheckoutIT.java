package io.relaypay.interchange.checkout;

import static io.relaypay.interchange.checkout.CheckoutBrowser.newPayment;
import static io.relaypay.interchange.checkout.CheckoutBrowser.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.relaypay.interchange.support.FundsFixture;
import io.relaypay.interchange.support.LedgerInvariant;
import io.relaypay.interchange.support.RunningInterchange;
import io.relaypay.interchange.support.RunningInterchange.TestMerchant;
import io.relaypay.simulator.CarrierNetwork;
import io.relaypay.simulator.Charge;
import io.relaypay.simulator.ChargeKind;
import io.relaypay.simulator.PhoneConfig;
import io.relaypay.simulator.ReceivedMessage;
import io.relaypay.simulator.SimulatorConfig;
import io.relaypay.simulator.SubscriberBilling;
import io.relaypay.testkit.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A purchase the buyer's carrier will not put on the phone bill (third-party billing barred) is
 * paid by premium SMS instead: the balance is short, the carrier declines the charge, a premium
 * deposit of the shortfall is texted for the buyer to agree to, its premium message is billed over
 * SMPP, and the payment is paid from the topped-up balance. Everything real: simulator over SMPP and
 * HTTP, PostgreSQL, the ledger; only the clock is driven.
 */
class PremiumFundedCheckoutIT {

    static final String BILLING_BARRED = "+4917677000001";
    static final String BILLING_BARRED_TOO = "+4917677000002";
    static final Pattern DEPOSIT_REPLY = Pattern.compile("reply (\\d{5}) to deposit");

    static final TestClock clock = new TestClock(Instant.parse("2026-12-01T10:00:00Z"));
    static final CarrierNetwork network =
            CarrierNetwork.start(SimulatorConfig.defaults().withEphemeralPorts().toBuilder()
                    .phone(new PhoneConfig(
                            BILLING_BARRED,
                            "bluewave",
                            false,
                            SubscriberBilling.postpaid().asBlocked()))
                    .phone(new PhoneConfig(
                            BILLING_BARRED_TOO,
                            "bluewave",
                            false,
                            SubscriberBilling.postpaid().asBlocked()))
                    .build());

    @RegisterExtension
    static final RunningInterchange server = new RunningInterchange()
            .withClock(clock)
            .with("relaypay.channels.smsc-north.port", network.smppPort("smsc-north"))
            .with("relaypay.channels.smsc-hub.port", network.smppPort("smsc-hub"))
            .with("relaypay.funds.billing-url", network.httpUri() + "/carrier-billing/v0")
            .with("relaypay.funds.premium-fallback", true)
            .with("relaypay.messaging.outbox.receipt-deadline", "1h")
            .with("relaypay.messaging.outbox.janitor-interval", "200ms")
            .with("relaypay.deposits.janitor-interval", "100ms");

    static TestMerchant shop;
    static CheckoutBrowser browser;

    @BeforeAll
    static void setUp() {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> network.smsc("smsc-hub").boundSessions() > 0);
        shop = new FundsFixture(server).merchant("Premium Shop", 0, 25);
        browser = new CheckoutBrowser(server);
    }

    @AfterAll
    static void stopNetwork() {
        network.close();
    }

    @AfterEach
    void ledgerBalances() {
        LedgerInvariant.check(server.bean(DataSource.class));
    }

    @Test
    void aPurchaseTheCarrierWillNotBillIsPaidFromAPremiumTopUpTheBuyerAgreedTo() {
        FundsFixture funds = new FundsFixture(server);
        long availableBefore = funds.available(shop);
        String id = confirmedPurchase(BILLING_BARRED);
        assertThat(status(shop, id)).isEqualTo("processing");

        network.phone(BILLING_BARRED).sendMo("84444", awaitText(BILLING_BARRED, DEPOSIT_REPLY));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !premiumCharges(BILLING_BARRED).isEmpty());
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            server.bean(PaymentJanitor.class).runOnce(clock.instant().plus(Duration.ofMinutes(5)));
            return status(shop, id).equals("succeeded");
        });

        assertThat(premiumCharges(BILLING_BARRED))
                .as("one premium message of the price point that covers 4.99")
                .singleElement()
                .satisfies(charge -> assertThat(charge.amountMinor()).isEqualTo(499));
        assertThat(network.phone(BILLING_BARRED).bill())
                .as("nothing on the bill by operator billing")
                .noneMatch(charge -> charge.kind() == ChargeKind.OPERATOR_BILLING);
        assertThat(funds.walletBalance(BILLING_BARRED))
                .as("credited 4.99, paid 4.99")
                .isZero();
        assertThat(funds.available(shop) - availableBefore).isEqualTo(499 - 25);
        assertThat(shop.api().get("/v1/payments/" + id).text("funding_method")).isEqualTo("premium-sms");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> texts(BILLING_BARRED).stream().anyMatch(text -> text.contains("you paid 4.99")));
    }

    @Test
    void aTopUpTheBuyerNeverAgreesToFailsThePaymentAndChargesNothing() {
        FundsFixture funds = new FundsFixture(server);
        long availableBefore = funds.available(shop);
        String id = confirmedPurchase(BILLING_BARRED_TOO);
        awaitText(BILLING_BARRED_TOO, DEPOSIT_REPLY);

        clock.advance(Duration.ofMinutes(16));
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            server.bean(PaymentJanitor.class).runOnce(clock.instant().plus(Duration.ofMinutes(5)));
            return status(shop, id).equals("failed");
        });

        assertThat(shop.api().get("/v1/payments/" + id).text("failure_reason")).isEqualTo("funding_failed");
        assertThat(shop.api().get("/v1/payments/" + id).json().get("fee").isNull())
                .as("no fee on an unpaid payment")
                .isTrue();
        assertThat(network.phone(BILLING_BARRED_TOO).bill()).isEmpty();
        assertThat(funds.walletBalance(BILLING_BARRED_TOO)).isZero();
        assertThat(funds.available(shop)).isEqualTo(availableBefore);
    }

    /** A 4.99 purchase whose buyer at {@code phone} typed the page code: the money must follow. */
    private static String confirmedPurchase(String phone) {
        String id = newPayment(shop, Map.of());
        browser.submit(id, "phone", Map.of("phone_number", phone));
        String confirmation = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> texts(phone).stream()
                                .filter(text -> text.contains(" to pay "))
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
        browser.submit(id, "code", Map.of("code", CheckoutBrowser.webCodeIn(confirmation)));
        return id;
    }

    private static String awaitText(String phone, Pattern pattern) {
        return await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> texts(phone).stream()
                                .map(pattern::matcher)
                                .filter(Matcher::find)
                                .map(m -> m.group(1))
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
    }

    private static List<String> texts(String phone) {
        return network.phone(phone).inbox().stream().map(ReceivedMessage::text).toList();
    }

    private static List<Charge> premiumCharges(String phone) {
        return network.phone(phone).bill().stream()
                .filter(charge -> charge.kind() == ChargeKind.PREMIUM_SMS)
                .toList();
    }
}
