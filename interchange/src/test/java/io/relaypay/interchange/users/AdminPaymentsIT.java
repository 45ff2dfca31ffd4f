package io.relaypay.interchange.users;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.interchange.checkout.CheckoutService;
import io.relaypay.interchange.checkout.Settlement;
import io.relaypay.interchange.payments.Payment;
import io.relaypay.interchange.payments.PaymentStatus;
import io.relaypay.interchange.support.FundsFixture;
import io.relaypay.interchange.support.Http;
import io.relaypay.interchange.support.RunningInterchange;
import io.relaypay.interchange.support.RunningInterchange.TestMerchant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * Operators' payment lookups over the admin API: any merchant's payment with its decision and
 * messages (the real decision engine and message router, on PostgreSQL), and a buyer's payments.
 */
class AdminPaymentsIT {

    @RegisterExtension
    static final RunningInterchange server = new RunningInterchange();

    static final AtomicInteger NUMBERS = new AtomicInteger(3000);
    static TestMerchant acme;
    static TestMerchant globex;

    @BeforeAll
    static void merchants() {
        acme = server.newMerchant("Acme Games");
        globex = server.newMerchant("Globex Books");
    }

    static String newPhone() {
        return "+4915142" + String.format("%06d", NUMBERS.incrementAndGet());
    }

    static String newPayment(TestMerchant merchant, long amount) {
        Http.Response created = merchant.api()
                .post("/v1/payments", Map.of("amount", amount, "currency", "EUR", "reference", "order-" + amount));
        assertThat(created.status()).isEqualTo(201);
        return created.text("id");
    }

    /** A payment whose buyer gave {@code phone} on the checkout: decided on, confirmation texted. */
    static String paymentBy(TestMerchant merchant, long amount, String phone) {
        String id = newPayment(merchant, amount);
        server.bean(CheckoutService.class).submitPhone(id, phone);
        return id;
    }

    @Test
    void anyMerchantsPaymentShowsItsMerchantBuyerDecisionAndMessages() {
        String phone = newPhone();
        String id = paymentBy(globex, 499, phone);

        Http.Response found = server.admin().get("/admin/v1/payments/" + id);

        assertThat(found.status()).isEqualTo(200);
        JsonNode payment = found.json();
        assertThat(payment.get("id").asString()).isEqualTo(id);
        assertThat(payment.get("object").asString()).isEqualTo("payment");
        assertThat(payment.get("merchant").asString()).isEqualTo(globex.id());
        assertThat(payment.get("status").asString()).isEqualTo("requires_confirmation");
        assertThat(payment.get("amount").asLong()).isEqualTo(499);
        assertThat(payment.get("phone_number").asString()).isEqualTo(phone);
        assertThat(payment.get("user").asString())
                .isEqualTo(user(phone).get("id").asString());
        assertThat(payment.get("checkout_url").asString()).endsWith("/checkout/" + id);
        JsonNode decision = payment.get("decisions").get(0);
        assertThat(decision.get("id").asString()).startsWith("dec_");
        assertThat(decision.get("outcome").asString()).isEqualTo("allow");
        JsonNode message = payment.get("messages").get(0);
        assertThat(message.get("purpose").asString()).isEqualTo("confirmation");
        JsonNode sent = server.admin()
                .get("/admin/v1/messages/" + message.get("id").asString())
                .json();
        assertThat(sent.get("correlation").get("correlation").asString()).isEqualTo(id);
    }

    @Test
    void aPaidPaymentListsItsConfirmationThenItsCompletionAndNoOtherPaymentsMessages() {
        String phone = newPhone();
        new FundsFixture(server).topUp(phone, 499, "wallet-" + phone);
        String id = paymentBy(acme, 499, phone);
        paymentBy(globex, 105, phone);
        Settlement settlement = server.bean(Settlement.class);
        Payment paid = settlement.settle(settlement.startProcessing(id).orElseThrow());
        assertThat(paid.status()).isEqualTo(PaymentStatus.SUCCEEDED);

        JsonNode messages =
                server.admin().get("/admin/v1/payments/" + id).json().get("messages");

        assertThat(messages.valueStream().map(m -> m.get("purpose").asString()))
                .containsExactly("confirmation", "completion");
        assertThat(messages.valueStream()
                        .map(m -> server.admin()
                                .get("/admin/v1/messages/" + m.get("id").asString())
                                .json()
                                .get("correlation")
                                .get("correlation")
                                .asString()))
                .containsOnly(id);
    }

    @Test
    void aPaymentNotYetDecidedHasNoBuyerDecisionsOrMessages() {
        String id = newPayment(acme, 299);

        JsonNode payment = server.admin().get("/admin/v1/payments/" + id).json();

        assertThat(payment.get("merchant").asString()).isEqualTo(acme.id());
        assertThat(payment.get("status").asString()).isEqualTo("requires_phone_number");
        assertThat(payment.get("user").isNull()).isTrue();
        assertThat(payment.get("decisions")).isEmpty();
        assertThat(payment.get("messages")).isEmpty();
    }

    @Test
    void unknownOrMalformedPaymentsAreNotFound() {
        Http.Response unknown = server.admin().get("/admin/v1/payments/pay_00000000000000000000000000");
        Http.Response malformed = server.admin().get("/admin/v1/payments/x%27%20OR%201=1");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.problem()).isEqualTo("not-found");
        assertThat(malformed.status()).isEqualTo(404);
    }

    @Test
    void aBuyersPaymentsAcrossMerchantsComeNewestFirstAPageAtATime() {
        String phone = newPhone();
        String first = paymentBy(acme, 101, phone);
        String second = paymentBy(globex, 102, phone);
        String third = paymentBy(acme, 103, phone);
        paymentBy(acme, 104, newPhone());

        JsonNode page = server.admin()
                .get("/admin/v1/payments?phone=" + enc(phone) + "&limit=2")
                .json();
        JsonNode rest = server.admin()
                .get("/admin/v1/payments?phone=" + enc(phone) + "&limit=2&starting_after=" + second)
                .json();

        assertThat(ids(page)).containsExactly(third, second);
        assertThat(page.get("has_more").asBoolean()).isTrue();
        assertThat(page.get("data").get(1).get("merchant").asString()).isEqualTo(globex.id());
        assertThat(ids(rest)).containsExactly(first);
        assertThat(rest.get("has_more").asBoolean()).isFalse();
    }

    @Test
    void aNumberWithoutPaymentsHasAnEmptyList() {
        JsonNode page = server.admin()
                .get("/admin/v1/payments?phone=" + enc(newPhone()))
                .json();

        assertThat(page.get("data")).isEmpty();
        assertThat(page.get("has_more").asBoolean()).isFalse();
    }

    @Test
    void badListParametersAreRefusedWithTheParameterNamed() {
        String phone = enc(newPhone());

        assertThat(server.admin().get("/admin/v1/payments").text("param")).isEqualTo("phone");
        assertThat(server.admin().get("/admin/v1/payments?phone=0151").text("param"))
                .isEqualTo("phone");
        assertThat(server.admin()
                        .get("/admin/v1/payments?phone=" + phone + "&limit=0")
                        .text("param"))
                .isEqualTo("limit");
        assertThat(server.admin()
                        .get("/admin/v1/payments?phone=" + phone + "&limit=x")
                        .text("param"))
                .isEqualTo("limit");
        Http.Response cursor = server.admin().get("/admin/v1/payments?phone=" + phone + "&starting_after=zz");
        assertThat(cursor.status()).isEqualTo(400);
        assertThat(cursor.contentType()).startsWith("application/problem+json");
        assertThat(cursor.text("param")).isEqualTo("starting_after");
    }

    @Test
    void paymentLookupsNeedTheAdminToken() {
        String id = newPayment(acme, 199);
        List<Http.Response> refused = List.of(
                server.anonymous().get("/admin/v1/payments/" + id),
                acme.api().get("/admin/v1/payments/" + id),
                server.anonymous().get("/admin/v1/payments?phone=%2B4915142000001"));

        assertThat(refused).extracting(Http.Response::status).containsOnly(401);
    }

    static JsonNode user(String phone) {
        return server.admin().get("/admin/v1/users/" + phone).json();
    }

    static List<String> ids(JsonNode page) {
        return page.get("data").valueStream().map(p -> p.get("id").asString()).toList();
    }

    static String enc(String phone) {
        return phone.replace("+", "%2B");
    }
}
