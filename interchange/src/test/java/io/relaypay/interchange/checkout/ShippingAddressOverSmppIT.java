package io.relaypay.interchange.checkout;

import static io.relaypay.interchange.checkout.CheckoutBrowser.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.relaypay.interchange.support.Http;
import io.relaypay.interchange.support.LedgerInvariant;
import io.relaypay.interchange.support.RunningInterchange;
import io.relaypay.interchange.support.RunningInterchange.TestMerchant;
import io.relaypay.interchange.support.WebhookEndpoint;
import io.relaypay.simulator.CarrierNetwork;
import io.relaypay.simulator.PhoneConfig;
import io.relaypay.simulator.ReceivedMessage;
import io.relaypay.simulator.SimulatorConfig;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Shipping addresses chosen by the phone, with every part real: the merchant asks for an address,
 * the confirmation lists the buyer's addresses on the simulated phone over SMPP, the buyer's SMS
 * reply picks one, the simulator's operator billing API charges the phone bill, and the merchant
 * reads the address from the API and the signed {@code payment.succeeded} webhook.
 */
class ShippingAddressOverSmppIT {

    static final String TWO_ADDRESSES = "+4915177700201";
    static final String WRONG_NUMBER = "+4915177700202";
    static final String NO_ADDRESS = "+4915177700203";
    static final CarrierNetwork network =
            CarrierNetwork.start(SimulatorConfig.defaults().withEphemeralPorts().toBuilder()
                    .phone(PhoneConfig.of(TWO_ADDRESSES, "northwind"))
                    .phone(PhoneConfig.of(WRONG_NUMBER, "northwind"))
                    .phone(PhoneConfig.of(NO_ADDRESS, "northwind"))
                    .build());

    @RegisterExtension
    static final RunningInterchange server = new RunningInterchange()
            .with("relaypay.channels.smsc-north.port", network.smppPort("smsc-north"))
            .with("relaypay.channels.smsc-hub.port", network.smppPort("smsc-hub"))
            .with("relaypay.funds.billing-url", network.httpUri() + "/carrier-billing/v0");

    static final WebhookEndpoint hooks = WebhookEndpoint.start();
    static TestMerchant shop;

    @BeforeAll
    static void setUp() {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> network.smsc("smsc-north").boundSessions() > 0
                        && network.smsc("smsc-hub").boundSessions() > 0);
        shop = server.newMerchant("Parcel Shop", hooks.url());
    }

    @AfterAll
    static void stop() {
        hooks.close();
        network.close();
    }

    @Test
    void replyNumberingTheSecondAddressShipsThereAndTheMerchantIsToldWhere() {
        addAddress(TWO_ADDRESSES, "Home", "Hauptstr. 1", "Berlin", "10115");
        String office = addAddress(TWO_ADDRESSES, "Office", "Jungfernstieg 7", "Hamburg", "20354");
        String id = payShipping(TWO_ADDRESSES, "ship-two");

        ReceivedMessage confirmation = confirmationOn(TWO_ADDRESSES);
        assertThat(confirmation.text())
                .contains("Ship to: 1 Home, Hauptstr. 1, Berlin; 2 Office, Jungfernstieg 7, Hamburg.");
        String code = CheckoutBrowser.replyCodeIn(confirmation.text());
        network.phone(TWO_ADDRESSES).sendMo(confirmation.sender(), code + " 2");

        await().atMost(Duration.ofSeconds(30)).until(() -> status(shop, id).equals("succeeded"));
        JsonNode shipped = shop.api().get("/v1/payments/" + id).json().get("shipping_address");
        assertThat(shipped).isEqualTo(office("Office", "Jungfernstieg 7", "Hamburg", "20354"));
        assertThat(succeededEvent(id).get("shipping_address")).isEqualTo(shipped);
        assertThat(textOn(TWO_ADDRESSES, "you paid"))
                .hasValue("Relaypay: you paid 4.99 EUR to Parcel Shop, shipping to Office, Hamburg. Thank you.");

        // The payment keeps its copy: the buyer removing the address later changes nothing shipped.
        Http.Response removed = server.admin().delete("/admin/v1/users/" + TWO_ADDRESSES + "/addresses/" + office);
        assertThat(removed.status()).as(removed.raw()).isIn(200, 204);
        assertThat(shop.api().get("/v1/payments/" + id).json().get("shipping_address"))
                .isEqualTo(shipped);
        LedgerInvariant.check(server.bean(DataSource.class));
    }

    @Test
    void aNumberNotOnTheListIsAnsweredAndNothingIsPaidUntilTheCodeAloneShipsToTheDefault() {
        addAddress(WRONG_NUMBER, "Home", "Hauptstr. 1", "Berlin", "10115");
        addAddress(WRONG_NUMBER, "Office", "Jungfernstieg 7", "Hamburg", "20354");
        String id = payShipping(WRONG_NUMBER, "ship-wrong-number");
        ReceivedMessage confirmation = confirmationOn(WRONG_NUMBER);
        String code = CheckoutBrowser.replyCodeIn(confirmation.text());

        network.phone(WRONG_NUMBER).sendMo(confirmation.sender(), code + " 7");

        Optional<String> answer = await().atMost(Duration.ofSeconds(30))
                .until(() -> textOn(WRONG_NUMBER, "no address 7"), Optional::isPresent);
        assertThat(answer.get())
                .contains("Reply " + code + " and a number from 1 to 2")
                .endsWith("Nothing was paid.");
        assertThat(status(shop, id)).isEqualTo("requires_confirmation");
        assertThat(network.phone(WRONG_NUMBER).bill()).isEmpty();

        network.phone(WRONG_NUMBER).sendMo(confirmation.sender(), code);

        await().atMost(Duration.ofSeconds(30)).until(() -> status(shop, id).equals("succeeded"));
        assertThat(shop.api().get("/v1/payments/" + id).json().get("shipping_address"))
                .isEqualTo(office("Home", "Hauptstr. 1", "Berlin", "10115"));
    }

    @Test
    void aBuyerWithoutAnAddressIsNotChargedAndTheMerchantLearnsWhy() {
        String id = payShipping(NO_ADDRESS, "ship-none");
        ReceivedMessage confirmation = confirmationOn(NO_ADDRESS);
        assertThat(confirmation.text()).doesNotContain("Ship");

        network.phone(NO_ADDRESS).sendMo(confirmation.sender(), CheckoutBrowser.replyCodeIn(confirmation.text()));

        await().atMost(Duration.ofSeconds(30)).until(() -> status(shop, id).equals("failed"));
        JsonNode failed = shop.api().get("/v1/payments/" + id).json();
        assertThat(failed.get("failure_reason").asString()).isEqualTo("shipping_address_missing");
        assertThat(failed.get("shipping_address").isNull()).isTrue();
        assertThat(network.phone(NO_ADDRESS).bill()).isEmpty();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> textOn(NO_ADDRESS, "did not go through"), Optional::isPresent);
        assertThat(textOn(NO_ADDRESS, "did not go through").get()).contains("(no delivery address on file)");
        LedgerInvariant.check(server.bean(DataSource.class));
    }

    static String payShipping(String phone, String reference) {
        Http.Response created = CheckoutBrowser.confirmedAtCreate(
                shop, phone, Map.of("reference", reference, "collect_shipping_address", true));
        assertThat(created.json().get("shipping_address").isNull()).isTrue();
        return created.text("id");
    }

    static String addAddress(String phone, String name, String line1, String city, String postalCode) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("line1", line1);
        body.put("city", city);
        body.put("postal_code", postalCode);
        body.put("country", "DE");
        Http.Response added = server.admin().post("/admin/v1/users/" + phone + "/addresses", body);
        assertThat(added.status()).as(added.raw()).isEqualTo(201);
        return added.text("id");
    }

    static JsonNode office(String name, String line1, String city, String postalCode) {
        Map<String, Object> expected = new HashMap<>();
        expected.put("name", name);
        expected.put("line1", line1);
        expected.put("line2", null);
        expected.put("city", city);
        expected.put("region", null);
        expected.put("postal_code", postalCode);
        expected.put("country", "DE");
        return JsonMapper.builder().build().valueToTree(expected);
    }

    static ReceivedMessage confirmationOn(String phone) {
        return await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> network.phone(phone).inbox().stream()
                                .filter(m -> m.text().contains(" to pay 4.99 EUR to Parcel Shop"))
                                .findFirst()
                                .orElse(null),
                        m -> m != null);
    }

    static Optional<String> textOn(String phone, String part) {
        return network.phone(phone).inbox().stream()
                .map(ReceivedMessage::text)
                .filter(t -> t.contains(part))
                .findFirst();
    }

    /** The payment as the signed {@code payment.succeeded} webhook carried it. */
    static JsonNode succeededEvent(String paymentId) {
        JsonMapper json = JsonMapper.builder().build();
        return await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> hooks.received().stream()
                                .map(r -> json.readTree(r.body()))
                                .filter(e -> e.get("type").asString().equals("payment.succeeded"))
                                .map(e -> e.get("data").get("object"))
                                .filter(p -> p.get("id").asString().equals(paymentId))
                                .findFirst()
                                .orElse(null),
                        p -> p != null);
    }
}
