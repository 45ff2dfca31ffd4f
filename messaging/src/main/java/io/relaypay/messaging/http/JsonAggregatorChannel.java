package io.relaypay.messaging.http;

import io.relaypay.messaging.OutboundMessage;
import io.relaypay.messaging.channel.ChannelHealth;
import io.relaypay.messaging.channel.HealthTracker;
import io.relaypay.messaging.channel.InboundSink;
import io.relaypay.messaging.channel.SendResult;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A channel to an SMS aggregator's JSON API over the JDK HTTP client on virtual threads. The
 * aggregator names accepted messages with its own id, and its delivery reports, POSTed to the
 * {@code callback_url} we pass, carry that id back; register {@link #callbackRoute()} with the
 * {@link CallbackServer} behind {@code callback-base-url}.
 *
 * <p>Every request carries our message id as {@code Idempotency-Key}, so an aggregator that honours
 * it turns a resend after an unknown outcome into a no-op.
 */
public final class JsonAggregatorChannel implements HttpCallbackChannel {
    private static final Logger LOG = LoggerFactory.getLogger(JsonAggregatorChannel.class);
    private static final Duration HEALTH_WINDOW = Duration.ofMinutes(5);

    private final String name;
    private final JsonAggregatorConfig config;
    private final InboundSink sink;
    private final Clock clock;
    private final CallbackSigner signer;
    private final HealthTracker health;
    private final GatewayHttp http;
    private volatile boolean closed;

    /** A channel named {@code name}; inbound events go to {@code sink}. */
    public JsonAggregatorChannel(String name, JsonAggregatorConfig config, InboundSink sink, Clock clock) {
        this.name = Objects.requireNonNull(name, "name");
        this.config = Objects.requireNonNull(config, "config");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.signer = new CallbackSigner(name, config.callbackSecret());
        this.health = new HealthTracker(clock, HEALTH_WINDOW, config.maxInFlight());
        this.http = new GatewayHttp(config.connectTimeout(), config.timeout(), health);
    }

    @Override
    public String name() {
        return name;
    }

    /** Nothing to connect: every send is one HTTP request, and health reflects the last one. */
    @Override
    public void start() {
        LOG.info("channel={} kind=json-http gateway={} callbacks={}", name, config.url(), config.callbackBaseUrl());
    }

    @Override
    public SendResult send(OutboundMessage message) {
        if (closed) {
            return new SendResult.Rejected("channel " + name + " is closed");
        }
        if (!message.validUntil().isAfter(clock.instant())) {
            return new SendResult.Rejected("validity ran out before sending");
        }
        var request = HttpRequest.newBuilder(GatewayHttp.resolve(config.url(), JsonAggregatorApi.PATH))
                .header("Authorization", "Bearer " + config.apiKey())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Idempotency-Key", message.id().toString())
                .POST(HttpRequest.BodyPublishers.ofByteArray(
                        JsonAggregatorApi.requestBody(signer, message, config.callbackBaseUrl())));
        SendResult result = http.exchange(request, JsonAggregatorApi::interpret);
        LOG.debug("channel={} message={} result={}", name, message.id(), result);
        return result;
    }

    @Override
    public CallbackRoute callbackRoute() {
        return new CallbackRoute(name, signer, new JsonCallbackParser(name, clock), sink);
    }

    @Override
    public Optional<String> mobileOriginatedUrl() {
        return config.callbackBaseUrl().map(base -> JsonAggregatorApi.mobileOriginatedUrl(base, signer));
    }

    @Override
    public ChannelHealth health() {
        return health.health();
    }

    @Override
    public void close() {
        closed = true;
        http.close();
    }
}
