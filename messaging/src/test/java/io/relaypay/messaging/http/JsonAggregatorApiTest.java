package io.relaypay.messaging.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.messaging.OutboundMessage;
import io.relaypay.messaging.channel.SendResult;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JsonAggregatorApiTest {
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final CallbackSigner SIGNER = new CallbackSigner("agg", "callback-secret-0123456789");

    @Test
    void requestCarriesAddressesTextAndCallback() {
        OutboundMessage message =
                Messages.notification("+4915112345671", "Code 1234", NOW).build(NOW);

        JsonNode body = JSON.readTree(
                JsonAggregatorApi.requestBody(SIGNER, message, Optional.of(URI.create("http://relaypay:8080"))));

        assertThat(body.get("from").stringValue()).isEqualTo("84444");
        assertThat(body.get("to").stringValue()).isEqualTo("+4915112345671");
        assertThat(body.get("text").stringValue()).isEqualTo("Code 1234");
        assertThat(body.get("callback_url").stringValue())
                .isEqualTo("http://relaypay:8080/callbacks/agg/dlr?id=" + message.id() + "&sig="
                        + SIGNER.deliveryReportToken(message.id().toString()));
        assertThat(body.has("premium_price")).isFalse();
    }

    @Test
    void premiumPriceIsInMinorUnits() {
        OutboundMessage message = Messages.premium("+4915112345671", 499, NOW).build(NOW);

        JsonNode price = JSON.readTree(JsonAggregatorApi.requestBody(SIGNER, message, Optional.empty()))
                .get("premium_price");

        assertThat(price.get("amount").longValue()).isEqualTo(499);
        assertThat(price.get("currency").stringValue()).isEqualTo("EUR");
    }

    @Test
    void createdAnswerIsKnownByTheAggregatorsId() {
        SendResult result = JsonAggregatorApi.interpret(
                new GatewayHttp.Answer(201, Duration.ZERO, "{\"id\":\"agg-9\",\"status\":\"accepted\"}"));

        assertThat(result).isEqualTo(new SendResult.Accepted(List.of("agg-9")));
    }

    @Test
    void successWithoutAnIdIsUnknownNotAccepted() {
        SendResult result = JsonAggregatorApi.interpret(new GatewayHttp.Answer(201, Duration.ZERO, "<html>ok</html>"));

        assertThat(result).isInstanceOf(SendResult.Unknown.class);
    }

    @Test
    void wrongKeyIsRejected() {
        assertThat(JsonAggregatorApi.interpret(new GatewayHttp.Answer(401, Duration.ZERO, "{}")))
                .isInstanceOf(SendResult.Rejected.class);
    }

    @Test
    void serverErrorIsRetryable() {
        assertThat(JsonAggregatorApi.interpret(new GatewayHttp.Answer(502, Duration.ofSeconds(3), "")))
                .isEqualTo(new SendResult.Retryable("aggregator answered 502 ''", Duration.ofSeconds(3)));
    }
}
