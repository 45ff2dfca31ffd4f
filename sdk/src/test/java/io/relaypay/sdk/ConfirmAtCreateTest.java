package io.relaypay.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Creating a payment whose confirmation text goes to the buyer's phone at once. */
class ConfirmAtCreateTest {

    private final CannedApiServer api = new CannedApiServer();
    private final RelaypayClient client = api.client();

    @AfterEach
    void close() {
        client.close();
        api.close();
    }

    @Test
    void confirmationSentToANumberSendsItWithConfirmTrue() {
        api.answer(201, Fixtures.payment("pay_1", "requires_confirmation"))
                .answer(201, Fixtures.payment("pay_2", "requires_phone_number"));

        Payment sent = client.payments()
                .create(CreatePaymentParams.of(499, "EUR", "o-1").withConfirmationSentTo("+4915112345678"));
        client.payments().create(CreatePaymentParams.of(499, "EUR", "o-2").withPhoneNumber("+4915112345678"));

        JsonNode confirming = JsonCodec.MAPPER.readTree(api.requests().get(0).body());
        JsonNode prefilled = JsonCodec.MAPPER.readTree(api.requests().get(1).body());
        assertThat(confirming.get("phone_number").asString()).isEqualTo("+4915112345678");
        assertThat(confirming.get("confirm").booleanValue()).isTrue();
        assertThat(prefilled.has("confirm"))
                .as("a number alone only pre-fills the page")
                .isFalse();
        assertThat(sent.status()).isEqualTo(PaymentStatus.REQUIRES_CONFIRMATION);
    }

    @Test
    void confirmWithoutANumberIsRefusedBeforeAnythingIsSent() {
        CreatePaymentParams params = CreatePaymentParams.of(499, "EUR", "o-3");

        assertThatThrownBy(() -> new CreatePaymentParams(
                        params.amount(),
                        params.currency(),
                        params.reference(),
                        params.description(),
                        params.successUrl(),
                        params.cancelUrl(),
                        params.phoneNumber(),
                        false,
                        true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("phoneNumber");
        assertThat(api.requests()).isEmpty();
    }
}
