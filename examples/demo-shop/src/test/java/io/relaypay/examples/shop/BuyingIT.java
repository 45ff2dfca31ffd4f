package io.relaypay.examples.shop;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.examples.shop.StubInterchange.Request;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Buying over real HTTP: an order, a payment created through the SDK, a redirect to the checkout. */
class BuyingIT {

    private final ShopFixture fixture = new ShopFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void buyingStoresAnOrderAndRedirectsToThePaymentsCheckoutUrl() {
        HttpResponse<String> response = fixture.buy("coins-500");

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location"))
                .contains(fixture.checkoutUrl("pay_1").toString());
        String orderId = fixture.relaypay.payment("pay_1").get("reference").stringValue();
        Order order = fixture.order(orderId);
        assertThat(order.status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
        assertThat(order.paymentId()).contains("pay_1");
        assertThat(order.amount()).isEqualTo(499);
    }

    @Test
    void thePaymentCarriesTheOrderAsReferenceAndKeyAndLinksBackToTheOrderPage() {
        String orderId = fixture.buyAndGetOrderId("tshirt");

        Request create = fixture.relaypay.requests().getFirst();
        JsonNode body = JsonMapper.builder().build().readTree(create.body());
        assertThat(create.idempotencyKey()).contains(orderId);
        assertThat(body.get("reference").stringValue()).isEqualTo(orderId);
        assertThat(body.get("amount").longValue()).isEqualTo(1999);
        assertThat(body.get("currency").stringValue()).isEqualTo("EUR");
        assertThat(body.get("description").stringValue()).isEqualTo("Relaypay T-shirt");
        assertThat(body.get("success_url").stringValue())
                .isEqualTo(fixture.shop.url() + "/orders/" + orderId + "?return=success");
        assertThat(body.get("cancel_url").stringValue())
                .isEqualTo(fixture.shop.url() + "/orders/" + orderId + "?return=cancel");
    }

    @Test
    void payingAgainForTheSameOrderReusesItsPayment() {
        String orderId = fixture.buyAndGetOrderId("mug");

        HttpResponse<String> again = fixture.postForm("/orders/" + orderId + "/pay", "");

        assertThat(again.statusCode()).isEqualTo(303);
        assertThat(again.headers().firstValue("Location"))
                .contains(fixture.checkoutUrl("pay_1").toString());
        assertThat(fixture.relaypay.paymentCount()).isEqualTo(1);
        assertThat(fixture.relaypay.requests())
                .extracting(Request::idempotencyKey)
                .containsExactly(Optional.of(orderId), Optional.of(orderId));
    }

    @Test
    void anUnknownProductIsRefusedAndNothingIsCreated() {
        HttpResponse<String> response = fixture.buy("unicorn");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("unicorn");
        assertThat(fixture.relaypay.requests()).isEmpty();
    }

    @Test
    void whenRelaypayRefusesThePaymentTheOrderIsKeptAndTheBuyerIsTold() {
        fixture.relaypay.requireKey("sk_test_someone_else");

        HttpResponse<String> response = fixture.buy("coins-500");

        assertThat(response.statusCode()).isEqualTo(502);
        assertThat(response.body()).contains("Relaypay refused the payment").contains("Pay now");
        assertThat(fixture.relaypay.requests()).hasSize(1);
        assertThat(fixture.relaypay.paymentCount()).isZero();
    }

    @Test
    void theCataloguePageListsEveryProductWithABuyButton() {
        HttpResponse<String> page = fixture.get("/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
        for (Product product : Catalogue.demo().products()) {
            assertThat(page.body()).contains(product.name()).contains("value=\"" + product.sku() + "\"");
        }
        assertThat(page.body()).contains("EUR 4.99").doesNotContain("<script");
    }

    @Test
    void aGetOnTheOrdersEndpointIsMethodNotAllowed() {
        HttpResponse<String> response = fixture.get("/orders");

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).contains("POST");
    }
}
