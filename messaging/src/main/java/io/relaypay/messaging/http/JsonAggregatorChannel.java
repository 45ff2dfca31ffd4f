package io.relaypay.messaging.http;

import io.relaypay.messaging.OutboundMessage;
import io.relaypay.messaging.channel.InboundSink;
import io.relaypay.messaging.channel.SendResult;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;

/**
 * A channel to an SMS aggregator's JSON API over the JDK HTTP client on virtual threads. The
 * aggregator names accepted messages with its own id, and its delivery reports, POSTed to the
 * {@code callback_url} we pass, carry that id back; register {@link #callbackRoute()} with the
 * {@link CallbackServer} behind {@code callback-base-url}.
 *
 * <p>Every request carries our message id as {@code Idempotency-Key}, so an aggregator that honours
 * it turns a resend after an unknown outcome into a no-op.
 */
public final class JsonAggregatorChannel extends HttpGatewayChannel {
    private final JsonAggregatorConfig config;

    /** A channel named {@code name}; inbound events go to {@code sink}. */
    public JsonAggregatorChannel(String name, JsonAggregatorConfig config, InboundSink sink, Clock clock) {
        super(
                name,
                "json-http",
                config.url(),
                config.callbackBaseUrl(),
                config.callbackSecret(),
                config.connectTimeout(),
                config.timeout(),
                config.maxInFlight(),
                sink,
                clock);
        this.config = config;
    }

    @Override
    HttpRequest.Builder request(OutboundMessage message, CallbackSigner signer, Clock clock) {
        return HttpRequest.newBuilder(GatewayHttp.resolve(config.url(), JsonAggregatorApi.PATH))
                .header("Authorization", "Bearer " + config.apiKey())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Idempotency-Key", message.id().toString())
                .POST(HttpRequest.BodyPublishers.ofByteArray(
                        JsonAggregatorApi.requestBody(signer, message, config.callbackBaseUrl())));
    }

    @Override
    SendResult interpret(OutboundMessage message, GatewayHttp.Answer answer) {
        return JsonAggregatorApi.interpret(answer);
    }

    @Override
    CallbackParser parser(String name, Clock clock) {
        return new JsonCallbackParser(name, clock);
    }

    @Override
    String mobileOriginatedUrl(URI base, CallbackSigner signer) {
        return JsonAggregatorApi.mobileOriginatedUrl(base, signer);
    }
}
