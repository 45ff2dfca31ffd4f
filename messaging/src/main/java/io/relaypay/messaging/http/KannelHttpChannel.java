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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A channel to a Kannel smsbox (or anything speaking its {@code /cgi-bin/sendsms} API), over the
 * JDK HTTP client on virtual threads. Delivery reports and MO messages come back over HTTP: register
 * {@link #callbackRoute()} with a {@link CallbackServer} whose address is the configured
 * {@code callback-base-url}.
 *
 * <p>Kannel's answer carries no message id, so an accepted message is identified by our own
 * {@link io.relaypay.messaging.MessageId}, which the {@code dlr-url} hands back with every report.
 */
public final class KannelHttpChannel implements HttpCallbackChannel {
    private static final Logger LOG = LoggerFactory.getLogger(KannelHttpChannel.class);
    private static final Duration HEALTH_WINDOW = Duration.ofMinutes(5);

    private final String name;
    private final KannelHttpConfig config;
    private final InboundSink sink;
    private final Clock clock;
    private final HealthTracker health;
    private final GatewayHttp http;
    private volatile boolean closed;

    /** A channel named {@code name}; inbound events go to {@code sink}. */
    public KannelHttpChannel(String name, KannelHttpConfig config, InboundSink sink, Clock clock) {
        this.name = Objects.requireNonNull(name, "name");
        this.config = Objects.requireNonNull(config, "config");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.clock = Objects.requireNonNull(clock, "clock");
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
        LOG.info("channel={} kind=kannel-http gateway={} callbacks={}", name, config.url(), config.callbackBaseUrl());
    }

    @Override
    public SendResult send(OutboundMessage message) {
        if (closed) {
            return new SendResult.Rejected("channel " + name + " is closed");
        }
        if (!message.validUntil().isAfter(clock.instant())) {
            return new SendResult.Rejected("validity ran out before sending");
        }
        HttpRequest.Builder request = KannelSendsms.request(
                GatewayHttp.resolve(config.url(), KannelSendsms.PATH),
                config.method(),
                KannelSendsms.parameters(name, config, message, clock.instant()));
        SendResult result = http.exchange(request, answer -> KannelSendsms.interpret(message, answer));
        LOG.debug("channel={} message={} result={}", name, message.id(), result);
        return result;
    }

    @Override
    public CallbackRoute callbackRoute() {
        return new CallbackRoute(name, new KannelCallbackParser(name, clock), sink);
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
