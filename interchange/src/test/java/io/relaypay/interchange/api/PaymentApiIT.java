package io.relaypay.interchange.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.interchange.support.Http;
import io.relaypay.interchange.support.RunningInterchange;
import io.relaypay.interchange.support.RunningInterchange.TestMerchant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code /v1/payments} over real HTTP against the server on PostgreSQL: every status and error. */
class PaymentApiIT {

    @RegisterExtension
    static final RunningInterchange server = new RunningInterchange();

    static TestMerchant acme;
    static TestMerchant other;

    @BeforeAll
    static void merchants() {
        acme = server.newMerchant("Acme Games");
        other = server.newMerchant("Other Shop");
    }

    static Map<String, Object> order(String reference) {
        Map<String, Object> body = new HashMap<>();
        body.put("amount", 499);
        body.put("currency", "EUR");
        body.put("reference", reference);
        body.put("description", "Sword of dawn");
        body.put("success_url", "https://shop.example/ok");
        return body;
    }

    @Test
    void createdPaymentWaitsForThePhoneNumberAndLinksToCheckout() {
        Http.Response created = acme.api().post("/v1/payments", order("order-1"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.text("id")).startsWith("pay_");
        assertThat(created.text("status")).isEqualTo("requires_phone_number");
        assertThat(created.json().get("amount").asLong()).isEqualTo(499);
        assertThat(created.text("currency")).isEqualTo("EUR");
        assertThat(created.text("checkout_url")).endsWith("/checkout/" + created.text("id"));
        assertThat(created.json().get("livemode").asBoolean()).isFalse();
    }

    @Test
    void paymentIsReadBackAsCreated() {
        Http.Response created = acme.api().post("/v1/payments", order("order-2"));
        Http.Response read = acme.api().get("/v1/payments/" + created.text("id"));

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json()).isEqualTo(created.json());
    }

    @Test
    void anotherMerchantsPaymentIsNotFound() {
        String id = acme.api().post("/v1/payments", order("order-3")).text("id");

        Http.Response read = other.api().get("/v1/payments/" + id);

        assertThat(read.status()).isEqualTo(404);
        assertThat(read.problem()).isEqualTo("not-found");
        assertThat(read.contentType()).startsWith("application/problem+json");
    }

    @Test
    void unknownPaymentIsNotFound() {
        assertThat(acme.api().get("/v1/payments/pay_nothere").problem()).isEqualTo("not-found");
    }

    @Test
    void listPagesNewestFirst() {
        TestMerchant lister = server.newMerchant("Lister");
        String first = lister.api().post("/v1/payments", order("a")).text("id");
        String second = lister.api().post("/v1/payments", order("b")).text("id");
        String third = lister.api().post("/v1/payments", order("c")).text("id");

        Http.Response page = lister.api().get("/v1/payments?limit=2");
        Http.Response rest = lister.api().get("/v1/payments?limit=2&starting_after=" + second);

        assertThat(page.json().get("data").findValuesAsString("id")).containsExactly(third, second);
        assertThat(page.json().get("has_more").asBoolean()).isTrue();
        assertThat(rest.json().get("data").findValuesAsString("id")).containsExactly(first);
        assertThat(rest.json().get("has_more").asBoolean()).isFalse();
    }

    @Test
    void listLimitOutOfRangeIsRefused() {
        Http.Response response = acme.api().get("/v1/payments?limit=0");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("param").asString()).isEqualTo("limit");
    }

    @Test
    void cancelEndsAWaitingPayment() {
        String id = acme.api().post("/v1/payments", order("order-4")).text("id");

        Http.Response canceled = acme.api().post("/v1/payments/" + id + "/cancel", Map.of());

        assertThat(canceled.status()).isEqualTo(200);
        assertThat(canceled.text("status")).isEqualTo("canceled");
        assertThat(canceled.text("failure_reason")).isEqualTo("canceled");
        assertThat(acme.api().post("/v1/payments/" + id + "/cancel", Map.of()).text("status"))
                .isEqualTo("canceled");
    }

    @Test
    void cancelOfAnotherMerchantsPaymentIsNotFoundAndChangesNothing() {
        String id = acme.api().post("/v1/payments", order("order-5")).text("id");

        assertThat(other.api().post("/v1/payments/" + id + "/cancel", Map.of()).status())
                .isEqualTo(404);
        assertThat(acme.api().get("/v1/payments/" + id).text("status")).isEqualTo("requires_phone_number");
    }

    @ParameterizedTest(name = "{0} = {1} is refused")
    @CsvSource(
            delimiter = '|',
            value = {
                "amount|0",
                "amount|-5",
                "amount|4.99",
                "amount|\"499\"",
                "amount|100000000",
                "currency|\"eur\"",
                "currency|\"XXY\"",
                "currency|5",
                "reference|\"\"",
                "success_url|\"ftp://x.example/\"",
                "success_url|\"not a url\"",
                "phone_number|\"0151 1234\"",
                "collect_shipping_address|\"true\"",
                "collect_shipping_address|1",
                "colour|\"blue\""
            })
    void invalidFieldIsRefusedWithItsName(String field, String json) {
        Map<String, Object> body = order("bad");
        body.remove(field);
        String text = toJson(body).replaceFirst("\\}$", ",\"" + field + "\":" + json + "}");

        Http.Response response = acme.api().post("/v1/payments", text);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.problem()).isEqualTo("invalid-request");
        assertThat(response.text("param")).isEqualTo(field);
    }

    @Test
    void shippingAddressIsNotCollectedUnlessAskedAndIsNullUntilPaid() {
        Map<String, Object> asking = order("ships-1");
        asking.put("collect_shipping_address", true);

        Http.Response ships = acme.api().post("/v1/payments", asking);
        Http.Response plain = acme.api().post("/v1/payments", order("ships-2"));

        assertThat(ships.status()).isEqualTo(201);
        assertThat(ships.json().get("collect_shipping_address").asBoolean()).isTrue();
        assertThat(ships.json().get("shipping_address").isNull()).isTrue();
        assertThat(acme.api()
                        .get("/v1/payments/" + ships.text("id"))
                        .json()
                        .get("collect_shipping_address")
                        .asBoolean())
                .isTrue();
        assertThat(plain.json().get("collect_shipping_address").asBoolean()).isFalse();
        assertThat(plain.json().get("shipping_address").isNull()).isTrue();
    }

    @Test
    void missingRequiredFieldIsNamed() {
        Map<String, Object> body = order("x");
        body.remove("currency");
        Http.Response response = acme.api().post("/v1/payments", body);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text("param")).isEqualTo("currency");
    }

    @Test
    void malformedJsonIsRefused() {
        Http.Response response = acme.api().post("/v1/payments", "{\"amount\": ");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.problem()).isEqualTo("invalid-request");
    }

    @Test
    void formBodyIsRefusedAsUnsupportedMediaType() {
        Http.Response response = acme.api().postAs("/v1/payments", "application/x-www-form-urlencoded", "amount=499");
        assertThat(response.status()).isEqualTo(415);
        assertThat(response.problem()).isEqualTo("unsupported-media-type");
    }

    @Test
    void requestWithoutKeyIsUnauthorized() {
        Http.Response response = server.anonymous().post("/v1/payments", order("x"));
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.problem()).isEqualTo("unauthorized");
        assertThat(response.headers().firstValue("www-authenticate")).isPresent();
    }

    @Test
    void unknownKeyIsUnauthorized() {
        assertThat(acme.api().as("sk_test_wrongwrongwrong").get("/v1/payments").status())
                .isEqualTo(401);
    }

    @Test
    void revokedKeyIsUnauthorizedAtOnce() {
        TestMerchant revoking = server.newMerchant("Revoking");
        assertThat(revoking.api().get("/v1/payments").status()).isEqualTo(200);
        String keyId = server.admin()
                .get("/admin/v1/merchants/" + revoking.id() + "/keys")
                .json()
                .get("data")
                .get(0)
                .get("id")
                .asString();

        assertThat(server.admin()
                        .delete("/admin/v1/merchants/" + revoking.id() + "/keys/" + keyId)
                        .status())
                .isEqualTo(200);

        assertThat(revoking.api().get("/v1/payments").status()).isEqualTo(401);
    }

    @Test
    void liveKeyDoesNotSeeTestPayments() {
        String id = acme.api().post("/v1/payments", order("test-mode")).text("id");
        String live = server.admin()
                .post("/admin/v1/merchants/" + acme.id() + "/keys", Map.of("livemode", true))
                .text("secret");

        assertThat(live).startsWith("sk_live_");
        assertThat(acme.api().as(live).get("/v1/payments/" + id).status()).isEqualTo(404);
    }

    private static String toJson(Map<String, Object> body) {
        return tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(body);
    }
}
