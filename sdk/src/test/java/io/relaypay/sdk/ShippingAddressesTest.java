package io.relaypay.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Asking for a shipping address and reading the one the buyer's phone chose. */
class ShippingAddressesTest {

    private final CannedApiServer api = new CannedApiServer();
    private final RelaypayClient client = api.client();

    @AfterEach
    void close() {
        client.close();
        api.close();
    }

    @Test
    void askingForAnAddressSendsCollectShippingAddress() {
        api.answer(201, Fixtures.payment("pay_1", "requires_phone_number"))
                .answer(201, Fixtures.payment("pay_2", "requires_phone_number"));

        client.payments().create(CreatePaymentParams.of(499, "EUR", "o-1").withShippingAddressCollected());
        client.payments().create(CreatePaymentParams.of(499, "EUR", "o-2"));

        JsonNode asking = JsonCodec.MAPPER.readTree(api.requests().get(0).body());
        JsonNode plain = JsonCodec.MAPPER.readTree(api.requests().get(1).body());
        assertThat(asking.get("collect_shipping_address").booleanValue()).isTrue();
        assertThat(plain.has("collect_shipping_address")).isFalse();
    }

    @Test
    void aPaidPaymentReadsItsShippingAddress() {
        api.answer(
                200,
                Fixtures.payment("pay_1", "succeeded")
                        .replace(
                                "\"some_future_field\"",
                                "\"collect_shipping_address\":true,\"shipping_address\":{\"name\":\"Office\","
                                        + "\"line1\":\"Jungfernstieg 7\",\"line2\":null,\"city\":\"Hamburg\","
                                        + "\"region\":null,\"postal_code\":\"20354\",\"country\":\"DE\"},"
                                        + "\"some_future_field\""));

        Payment payment = client.payments().retrieve("pay_1");

        assertThat(payment.collectShippingAddress()).isTrue();
        assertThat(payment.shippingAddress())
                .contains(new ShippingAddress(
                        "Office",
                        "Jungfernstieg 7",
                        Optional.empty(),
                        "Hamburg",
                        Optional.empty(),
                        Optional.of("20354"),
                        "DE"));
    }

    @Test
    void aPaymentWithoutAnAddressReadsEmpty() {
        api.answer(200, Fixtures.payment("pay_1", "requires_phone_number"));

        Payment payment = client.payments().retrieve("pay_1");

        assertThat(payment.collectShippingAddress()).isFalse();
        assertThat(payment.shippingAddress()).isEmpty();
    }
}
