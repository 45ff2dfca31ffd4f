package io.relaypay.interchange.checkout;

import static io.relaypay.interchange.checkout.CheckoutBrowser.newPayment;
import static io.relaypay.interchange.checkout.CheckoutBrowser.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.relaypay.interchange.support.FundsFixture;
import io.relaypay.interchange.support.Http;
import io.relaypay.interchange.support.LedgerInvariant;
import io.relaypay.interchange.support.RunningInterchange;
import io.relaypay.interchange.support.RunningInterchange.TestMerchant;
import io.relaypay.simulator.CarrierNetwork;
import io.relaypay.simulator.Charge;
import io.relaypay.simulator.ChargeKind;
import io.relaypay.simulator.PhoneConfig;
import io.relaypay.simulator.ReceivedMessage;
import io.relaypay.simulator.SimulatorConfig;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * The buyer replies to the confirmation SMS and types the page code at the same moment, with every
 * part real: the text reaches the simulated phone over SMPP, the reply comes back as an MO over
 * SMPP, the buyer's empty balance is funded by the simulator's operator billing API, and the
 * ledger, the phone bill and the outbox are what is checked. The money moves once.
 */
class ConfirmationRaceOverSmppIT {

    static final int RACES = 6;
    static final String SHORT_CODE = "84444";
    static final AtomicInteger nextPhone = new AtomicInteger();

    static final CarrierNetwork network = CarrierNetwork.start(withBuyers());

    @RegisterExtension
    static final RunningInterchange server = new RunningInterchange().boundTo(network);

    static TestMerchant shop;
    static CheckoutBrowser browser;

    static SimulatorConfig withBuyers() {
        SimulatorConfig.Builder config = SimulatorConfig.defaults().withEphemeralPorts().toBuilder();
        for (int i = 0; i < RACES; i++) {
            config.phone(PhoneConfig.of(buyer(i), "northwind"));
        }
        return config.build();
    }

    static String buyer(int i) {
        return "+49151777000" + String.format("%02d", i);
    }

    @BeforeAll
    static void setUp() {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> network.smsc("smsc-north").boundSessions() > 0
                        && network.smsc("smsc-hub").boundSessions() > 0);
        shop = new FundsFixture(server).merchant("Race Shop", 0, 25);
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

    @RepeatedTest(RACES)
    void replyOverSmppAndPageCodeAtOnceChargeTheBillOnceAndPayTheMerchantOnce() throws Exception {
        String phone = buyer(nextPhone.getAndIncrement());
        long availableBefore = available();
        String id = newPayment(shop, Map.of());
        browser.submit(id, "phone", Map.of("phone_number", phone));
        String confirmation =
                await().atMost(Duration.ofSeconds(30)).until(() -> confirmationIn(phone), text -> !text.isEmpty());
        String replyCode = CheckoutBrowser.replyCodeIn(confirmation);
        String webCode = CheckoutBrowser.webCodeIn(confirmation);
        String token = CheckoutBrowser.csrf(browser.page(id));
        CyclicBarrier start = new CyclicBarrier(2);

        try (ExecutorService both = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<?> reply = both.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                network.phone(phone).sendMo(SHORT_CODE, replyCode);
                return null;
            });
            Future<Http.Response> page = both.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                return browser.postForm("/checkout/" + id + "/code", Map.of("code", webCode, "csrf", token));
            });
            reply.get(30, TimeUnit.SECONDS);
            assertThat(page.get(30, TimeUnit.SECONDS).status()).isEqualTo(303);
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> status(shop, id).equals("succeeded"));
        List<Charge> billed = network.phone(phone).bill().stream()
                .filter(charge -> charge.kind() == ChargeKind.OPERATOR_BILLING)
                .toList();
        assertThat(billed)
                .as("phone bill")
                .singleElement()
                .satisfies(charge -> assertThat(charge.amountMinor()).isEqualTo(499));
        assertThat(available() - availableBefore)
                .as("merchant paid once, less its 0.25 fee")
                .isEqualTo(499 - 25);
        JsonNode paid = shop.api().get("/v1/payments/" + id).json();
        assertThat(paid.get("funding_method").asString()).isEqualTo("operator-billing");
        assertThat(paid.get("fee").asLong()).isEqualTo(25);
        assertThat(paid.get("net").asLong()).isEqualTo(499 - 25);
        assertThat(messagesOf(id, "completion")).as("completion texts queued").isEqualTo(1);
        assertThat(messagesOf(id, "confirmation")).as("confirmation texts").isEqualTo(1);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> network.phone(phone).inbox().stream()
                        .anyMatch(m -> m.text().contains("you paid 4.99")));
    }

    private static String confirmationIn(String phone) {
        return network.phone(phone).inbox().stream()
                .map(ReceivedMessage::text)
                .filter(text -> text.contains(" to pay "))
                .findFirst()
                .orElse("");
    }

    private static long available() {
        return new FundsFixture(server).available(shop);
    }

    private static long messagesOf(String paymentId, String purpose) {
        JsonNode payment = server.admin().get("/admin/v1/payments/" + paymentId).json();
        long count = 0;
        for (JsonNode message : payment.get("messages")) {
            if (message.get("purpose").asString().equals(purpose)) {
                count++;
            }
        }
        return count;
    }
}
