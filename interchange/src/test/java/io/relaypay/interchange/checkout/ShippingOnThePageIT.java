package io.relaypay.interchange.checkout;

import static io.relaypay.interchange.checkout.CheckoutBrowser.newPayment;
import static io.relaypay.interchange.checkout.CheckoutBrowser.newPhone;
import static io.relaypay.interchange.checkout.CheckoutBrowser.status;
import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.interchange.decisions.PaymentDecisions.Confirmation;
import io.relaypay.interchange.decisions.PaymentDecisions.Verdict;
import io.relaypay.interchange.messages.PhoneMessage;
import io.relaypay.interchange.support.Http;
import io.relaypay.interchange.support.RunningInterchange;
import io.relaypay.interchange.support.RunningInterchange.TestMerchant;
import io.relaypay.interchange.support.ports.RecordingMessageSender;
import io.relaypay.interchange.support.ports.ScriptedDecisions;
import io.relaypay.interchange.users.Pin;
import io.relaypay.interchange.users.PinChanges;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Shipping addresses on the page's paths: the page never lists them and its code ships to the
 * default; with code and PIN, the address numbered in the SMS reply holds until the PIN completes.
 */
class ShippingOnThePageIT {

    @RegisterExtension
    static final RunningInterchange server = new RunningInterchange().with("relaypay.test.port-doubles", "true");

    static final Pattern PIN_CODE = Pattern.compile("your code to set your PIN is (\\d{6})");
    static TestMerchant acme;
    static CheckoutBrowser browser;

    @BeforeAll
    static void setUp() {
        acme = server.newMerchant("Acme Games");
        browser = new CheckoutBrowser(server);
    }

    @Test
    void thePageNeverListsAddressesAndItsCodeShipsToTheDefault() {
        String phone = newPhone();
        address(phone, "Home", "Hauptstr. 1", "Berlin", "10115");
        address(phone, "Office", "Jungfernstieg 7", "Hamburg", "20354");
        String id = newPayment(acme, Map.of("collect_shipping_address", true));

        browser.submit(id, "phone", Map.of("phone_number", phone));
        assertThat(browser.page(id).raw()).doesNotContain("Hauptstr").doesNotContain("Jungfernstieg");
        browser.submit(id, "code", Map.of("code", browser.webCode(phone)));

        assertThat(status(acme, id)).isEqualTo("succeeded");
        assertThat(shippedTo(id)).isEqualTo("Home");
    }

    @Test
    void theAddressNumberedWithTheCodeHoldsUntilThePinCompletes() {
        String phone = newPhone();
        givenPin(phone, "13579");
        address(phone, "Home", "Hauptstr. 1", "Berlin", "10115");
        address(phone, "Office", "Jungfernstieg 7", "Hamburg", "20354");
        server.bean(ScriptedDecisions.class).answer(phone, Verdict.allow(Confirmation.SMS_CODE_AND_PIN));
        String id = newPayment(acme, Map.of("collect_shipping_address", true));
        browser.submit(id, "phone", Map.of("phone_number", phone));

        assertThat(server.bean(Confirming.class).reply(phone, browser.replyCode(phone) + " 2"))
                .isTrue();
        assertThat(status(acme, id)).isEqualTo("requires_confirmation");
        browser.submit(id, "pin", Map.of("pin", "13579"));

        assertThat(status(acme, id)).isEqualTo("succeeded");
        assertThat(shippedTo(id)).isEqualTo("Office");
    }

    static String shippedTo(String paymentId) {
        return acme.api()
                .get("/v1/payments/" + paymentId)
                .json()
                .get("shipping_address")
                .get("name")
                .asString();
    }

    static void address(String phone, String name, String line1, String city, String postalCode) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("line1", line1);
        body.put("city", city);
        body.put("postal_code", postalCode);
        body.put("country", "DE");
        Http.Response added = server.admin().post("/admin/v1/users/" + phone + "/addresses", body);
        assertThat(added.status()).as(added.raw()).isEqualTo(201);
    }

    static void givenPin(String phone, String pin) {
        PinChanges pins = server.bean(PinChanges.class);
        PinChanges.Start started = pins.start(phone);
        assertThat(started).isInstanceOf(PinChanges.Start.Sent.class);
        String text = server.bean(RecordingMessageSender.class).to(phone).stream()
                .map(PhoneMessage::text)
                .filter(t -> t.contains("your code to set your PIN"))
                .reduce((a, b) -> b)
                .orElseThrow();
        Matcher code = PIN_CODE.matcher(text);
        assertThat(code.find()).isTrue();
        assertThat(pins.finish(
                        ((PinChanges.Start.Sent) started).challengeId(), code.group(1), Pin.of(pin.toCharArray())))
                .isInstanceOf(PinChanges.Finish.Done.class);
    }
}
