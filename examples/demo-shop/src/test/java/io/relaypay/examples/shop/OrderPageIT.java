package io.relaypay.examples.shop;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The order page: it re-checks with Relaypay while the order waits, and escapes every value. */
class OrderPageIT {

    @Test
    void theOrderPageRechecksWithRelaypayWhenTheWebhookLags() {
        try (ShopFixture fixture = new ShopFixture()) {
            String orderId = fixture.buyAndGetOrderId("coins-500");
            fixture.relaypay.setStatus("pay_1", "succeeded", Optional.empty());

            HttpResponse<String> page = fixture.get("/orders/" + orderId + "?return=success");

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("status paid").contains("checked with Relaypay: succeeded");
            assertThat(fixture.order(orderId).status()).isEqualTo(OrderStatus.PAID);
        }
    }

    @Test
    void aStillWaitingPaymentLeavesTheOrderWaitingWithAPayButton() {
        try (ShopFixture fixture = new ShopFixture()) {
            String orderId = fixture.buyAndGetOrderId("coins-500");

            HttpResponse<String> page = fixture.get("/orders/" + orderId + "?return=cancel");

            assertThat(page.body())
                    .contains("Awaiting payment")
                    .contains("You left the checkout without paying")
                    .contains("action=\"/orders/" + orderId + "/pay\"");
        }
    }

    @Test
    void hostileProductNamesAndRelaypayMessagesAreEscapedEverywhere() {
        String hostile = "<script>alert('x')</script>\"&";
        String escaped = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot;&amp;";
        Catalogue catalogue =
                new Catalogue(List.of(new Product("evil", hostile, hostile, 100, "EUR", Product.Kind.VIRTUAL)));
        try (ShopFixture fixture = new ShopFixture(catalogue)) {
            String orderId = fixture.buyAndGetOrderId("evil");
            fixture.relaypay.setStatus("pay_1", "failed", Optional.of("<img src=x onerror=alert(1)>"));

            String cataloguePage = fixture.get("/").body();
            String orderPage = fixture.get("/orders/" + orderId).body();

            assertThat(cataloguePage).contains(escaped).doesNotContain("<script>");
            assertThat(orderPage)
                    .contains(escaped)
                    .contains("&lt;img src=x onerror=alert(1)&gt;")
                    .doesNotContain("<script>")
                    .doesNotContain("<img");
        }
    }

    @Test
    void aHostileOrderIdInThePathIsEscapedInTheNotFoundPage() {
        try (ShopFixture fixture = new ShopFixture()) {
            String id = "<b>\"x\"</b>";

            HttpResponse<String> page = fixture.get("/orders/" + URLEncoder.encode(id, StandardCharsets.UTF_8));

            assertThat(page.statusCode()).isEqualTo(404);
            assertThat(page.body()).contains("&lt;b&gt;&quot;x&quot;&lt;/b&gt;").doesNotContain("<b>");
            assertThat(fixture.relaypay.requests()).isEmpty();
        }
    }

    @Test
    void pagesForbidScriptsThroughTheirContentSecurityPolicy() {
        try (ShopFixture fixture = new ShopFixture()) {
            assertThat(fixture.get("/").headers().firstValue("Content-Security-Policy"))
                    .hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'none'"));
        }
    }
}
