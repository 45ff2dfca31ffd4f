package io.relaypay.interchange.checkout;

import static io.relaypay.interchange.checkout.CheckoutBrowser.newPhone;
import static io.relaypay.interchange.checkout.CheckoutBrowser.status;
import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.interchange.decisions.PaymentDecisions;
import io.relaypay.interchange.messages.PhoneMessage;
import io.relaypay.interchange.support.Http;
import io.relaypay.interchange.support.RunningInterchange;
import io.relaypay.interchange.support.RunningInterchange.TestMerchant;
import io.relaypay.interchange.support.ports.RecordingMessageSender;
import io.relaypay.interchange.support.ports.ScriptedDecisions;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code POST /v1/payments} with {@code confirm: true}: the merchant's number is treated as the
 * buyer typing it on the page, with every outcome the page has, answered in the create response.
 * The decision engine and the sender are port doubles here; {@code ApiOnlyPurchaseOverSmppIT} pays
 * the same way with every part real.
 */
class ConfirmAtCreateIT {

    @RegisterExtension
    static final RunningInterchange server = new RunningInterchange().with("relaypay.test.port-doubles", "true");

    static TestMerchant acme;

    @BeforeAll
    static void setUp() {
        acme = server.newMerchant("Acme Games");
    }

    static Map<String, Object> order(String phone) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("amount", 499);
        body.put("currency", "EUR");
        body.put("reference", "order-" + phone);
        body.put("phone_number", phone);
        body.put("confirm", true);
        return body;
    }

    @Test
    void approvedNumberGetsItsConfirmationTextAtOnce() {
        String phone = newPhone();

        Http.Response created = acme.api().post("/v1/payments", order(phone));

        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        assertThat(created.text("status")).isEqualTo("requires_confirmation");
        assertThat(created.text("phone_number")).isEqualTo(phone);
        assertThat(server.bean(RecordingMessageSender.class)
                        .about(created.text("id"), PhoneMessage.Purpose.CONFIRMATION))
                .singleElement()
                .satisfies(
                        m -> assertThat(m.text()).startsWith("Relaypay: reply ").contains("to pay 4.99 EUR"));
    }

    @Test
    void declinedNumberFailsThePaymentAndNothingIsSent() {
        String phone = newPhone();
        server.bean(ScriptedDecisions.class)
                .answer(phone, PaymentDecisions.Verdict.deny("limit.user.daily", "You reached your daily limit."));

        Http.Response created = acme.api().post("/v1/payments", order(phone));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.text("status")).isEqualTo("failed");
        assertThat(created.text("failure_reason")).isEqualTo("declined");
        assertThat(server.bean(RecordingMessageSender.class).to(phone)).isEmpty();
    }

    @Test
    void unreachableNumberLeavesThePaymentForTheCheckoutPage() {
        String phone = newPhone();
        server.bean(RecordingMessageSender.class).unreachable(phone);

        Http.Response created = acme.api().post("/v1/payments", order(phone));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.text("status")).isEqualTo("requires_phone_number");
        assertThat(created.text("checkout_url")).endsWith("/checkout/" + created.text("id"));
    }

    @Test
    void confirmWithoutANumberIsRefusedAndCreatesNothing() {
        Map<String, Object> body = order(newPhone());
        body.remove("phone_number");
        long before =
                acme.api().get("/v1/payments?limit=100").json().get("data").size();

        Http.Response refused = acme.api().post("/v1/payments", body);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.problem()).isEqualTo("invalid-request");
        assertThat(refused.text("param")).isEqualTo("phone_number");
        assertThat(acme.api().get("/v1/payments?limit=100").json().get("data").size())
                .isEqualTo(before);
    }

    @Test
    void confirmMustBeABoolean() {
        Map<String, Object> body = order(newPhone());
        body.put("confirm", "yes");

        Http.Response refused = acme.api().post("/v1/payments", body);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("param")).isEqualTo("confirm");
    }

    @Test
    void withoutConfirmTheNumberOnlyWaitsOnThePage() {
        String phone = newPhone();
        Map<String, Object> body = order(phone);
        body.remove("confirm");

        Http.Response created = acme.api().post("/v1/payments", body);

        assertThat(created.text("status")).isEqualTo("requires_phone_number");
        assertThat(status(acme, created.text("id"))).isEqualTo("requires_phone_number");
        assertThat(server.bean(RecordingMessageSender.class).to(phone)).isEmpty();
    }
}
