package io.relaypay.examples.shop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Physical goods ask Relaypay for the buyer's address; the paid order shows where it ships. */
class ShippingIT {

    private final ShopFixture fixture = new ShopFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aPhysicalProductAsksForAShippingAddressAndAVirtualOneDoesNot() {
        fixture.buy("mug");
        fixture.buy("ebook-last-mile");

        JsonMapper json = JsonMapper.builder().build();
        assertThat(json.readTree(fixture.relaypay.requests().get(0).body())
                        .get("collect_shipping_address")
                        .booleanValue())
                .isTrue();
        assertThat(json.readTree(fixture.relaypay.requests().get(1).body()).has("collect_shipping_address"))
                .isFalse();
    }

    @Test
    void thePaidOrderShowsTheAddressTheBuyersPhoneChose() {
        String orderId = fixture.buyAndGetOrderId("tshirt");
        fixture.relaypay.setStatus("pay_1", "succeeded", Optional.empty());
        fixture.relaypay.shipTo("pay_1", "Office", "Jungfernstieg 7", "Hamburg", "20354", "DE");

        fixture.deliver(fixture.relaypay.event("evt_1", "payment.succeeded", "pay_1"));

        Order order = fixture.order(orderId);
        assertThat(order.status()).isEqualTo(OrderStatus.PAID);
        assertThat(order.shipTo()).contains("Office, Jungfernstieg 7, 20354 Hamburg, DE");
        assertThat(fixture.get("/orders/" + orderId).body())
                .contains("<dt>Ships to</dt><dd>Office, Jungfernstieg 7, 20354 Hamburg, DE</dd>");
    }

    @Test
    void aVirtualOrderShipsNowhere() {
        String orderId = fixture.buyAndGetOrderId("coins-500");
        fixture.relaypay.setStatus("pay_1", "succeeded", Optional.empty());

        fixture.deliver(fixture.relaypay.event("evt_1", "payment.succeeded", "pay_1"));

        assertThat(fixture.order(orderId).shipTo()).isEmpty();
        assertThat(fixture.get("/orders/" + orderId).body()).doesNotContain("Ships to");
    }
}
