package io.relaypay.messaging.http;

import io.relaypay.messaging.MessageId;
import io.relaypay.messaging.OutboundMessage;
import io.relaypay.messaging.channel.SendResult;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON aggregator protocol as pure functions: {@code POST /api/v1/messages} with {@code {from,
 * to, text, premium_price?: {amount, currency}, callback_url?}} answered {@code 201 {id, status}}.
 */
final class JsonAggregatorApi {
    static final String PATH = "/api/v1/messages";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern GATEWAY_ID = Pattern.compile("[A-Za-z0-9._:\\-]{1,64}");

    private JsonAggregatorApi() {}

    /**
     * The request body for {@code message}; the amount is in minor units, as the price is. The
     * {@code callback_url} carries our message id and its token, so the report names both ids.
     */
    static byte[] requestBody(CallbackSigner signer, OutboundMessage message, Optional<URI> callbackBase) {
        ObjectNode body = JSON.createObjectNode()
                .put("from", message.sender().address())
                .put("to", message.recipient().e164())
                .put("text", message.text());
        message.premiumPrice()
                .ifPresent(price -> body.putObject("premium_price")
                        .put("amount", price.amountMinor())
                        .put("currency", price.currency()));
        callbackBase.ifPresent(base -> body.put("callback_url", deliveryReportUrl(base, signer, message.id())));
        return JSON.writeValueAsBytes(body);
    }

    /** The signed {@code callback_url} for reports on message {@code id}. */
    static String deliveryReportUrl(URI callbackBase, CallbackSigner signer, MessageId id) {
        return CallbackServer.callbackUri(callbackBase, signer.channel(), CallbackKind.DELIVERY_REPORT) + "?"
                + signer.deliveryReportQuery(id.toString());
    }

    /** The signed URL to configure at the aggregator for MO messages. */
    static String mobileOriginatedUrl(URI callbackBase, CallbackSigner signer) {
        return CallbackServer.callbackUri(callbackBase, signer.channel(), CallbackKind.MOBILE_ORIGINATED) + "?"
                + signer.mobileOriginatedQuery();
    }

    /** What the aggregator's answer means; an accepted message is known by the aggregator's id. */
    static SendResult interpret(GatewayHttp.Answer answer) {
        int status = answer.status();
        if (answer.successful()) {
            return acceptedId(answer.body())
                    .<SendResult>map(id -> new SendResult.Accepted(List.of(id)))
                    // It took the message but gave no id to match reports with: reconcile, do not resend.
                    .orElseGet(() -> new SendResult.Unknown(
                            "aggregator answered " + status + " without a usable id " + answer.summary(), List.of()));
        }
        if (status == 429 || status == 408 || status / 100 == 5) {
            return new SendResult.Retryable(
                    "aggregator answered " + status + " " + answer.summary(), answer.retryAfter());
        }
        return new SendResult.Rejected("aggregator answered " + status + " " + answer.summary());
    }

    private static Optional<String> acceptedId(String body) {
        try {
            JsonNode id = JSON.readTree(body).path("id");
            String text = id.isString()
                    ? id.stringValue()
                    : id.isIntegralNumber() ? id.bigIntegerValue().toString() : "";
            return GATEWAY_ID.matcher(text).matches() ? Optional.of(text) : Optional.empty();
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }
}
