package io.relaypay.interchange.checkout;

import static io.relaypay.interchange.checkout.CheckoutBrowser.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.relaypay.interchange.support.FundsFixture;
import io.relaypay.interchange.support.Http;
import io.relaypay.interchange.support.LedgerInvariant;
import io.relaypay.interchange.support.RunningInterchange;
import io.relaypay.interchange.support.RunningInterchange.TestMerchant;
import io.relaypay.simulator.CarrierNetwork;
import io.relaypay.simulator.ChargeKind;
import io.relaypay.simulator.PhoneConfig;
import io.relaypay.simulator.ReceivedMessage;
import io.relaypay.simulator.SimulatorConfig;
import java.time.Duration;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A purchase that never opens a page, with every part real: the merchant creates the payment with
 * the buyer's number and {@code confirm: true}, the confirmation reaches the simulated phone over
 * SMPP, the buyer replies by SMS, the simulator's operator billing API charges the phone bill.
 */
class ApiOnlyPurchaseOverSmppIT {

    static final String BUYER = "+4915177700100";
    static final CarrierNetwork network =
            CarrierNetwork.start(SimulatorConfig.defaults().withEphemeralPorts().toBuilder()
                    .phone(PhoneConfig.of(BUYER, "northwind"))
                    .build());

    @RegisterExtension
    static final RunningInterchange server = new RunningInterchange().boundTo(network);

    static TestMerchant shop;

    @BeforeAll
    static void setUp() {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> network.smsc("smsc-north").boundSessions() > 0
                        && network.smsc("smsc-hub").boundSessions() > 0);
        shop = new FundsFixture(server).merchant("Api Shop", 0, 25);
    }

    @AfterAll
    static void stopNetwork() {
        network.close();
    }

    @Test
    void merchantGivesTheNumberBuyerRepliesBySmsAndThePhoneBillPays() {
        Http.Response created = CheckoutBrowser.confirmedAtCreate(shop, BUYER, Map.of("reference", "api-only-1"));
        String id = created.text("id");

        ReceivedMessage confirmation = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> network.phone(BUYER).inbox().stream()
                                .filter(m -> m.text().contains(" to pay 4.99 EUR to Api Shop"))
                                .findFirst()
                                .orElse(null),
                        m -> m != null);
        network.phone(BUYER).sendMo(confirmation.sender(), CheckoutBrowser.replyCodeIn(confirmation.text()));

        await().atMost(Duration.ofSeconds(30)).until(() -> status(shop, id).equals("succeeded"));
        assertThat(shop.api().get("/v1/payments/" + id).text("funding_method")).isEqualTo("operator-billing");
        assertThat(network.phone(BUYER).bill())
                .filteredOn(charge -> charge.kind() == ChargeKind.OPERATOR_BILLING)
                .singleElement()
                .satisfies(charge -> assertThat(charge.amountMinor()).isEqualTo(499));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> network.phone(BUYER).inbox().stream()
                        .anyMatch(m -> m.text().contains("you paid 4.99")));
        LedgerInvariant.check(server.bean(DataSource.class));
    }
}
