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
 * A channel to a Kannel smsbox (or anything speaking its {@code /cgi-bin/sendsms} API), over the
 * JDK HTTP client on virtual threads. Delivery reports and MO messages come back over HTTP: register
 * {@link #callbackRoute()} with a {@link CallbackServer} whose address is the configured
 * {@code callback-base-url}.
 *
 * <p>Kannel's answer carries no message id, so an accepted message is identified by our own
 * {@link io.relaypay.messaging.MessageId}, which the {@code dlr-url} hands back with every report.
 *
 * <p>Premium messages always go by POST, whatever {@code method} says: the JDK client silently
 * repeats a GET once when a kept-alive connection turns out closed, and a repeated premium message
 * is a second charge on the phone bill.
 */
public final class KannelHttpChannel implements HttpCallbackChannel {
    private static final Logger LOG = LoggerFactory.getLogger(KannelHttpChannel.class);
    private static final Duration HEALTH_WINDOW = Duration.ofMinutes(5);

    private final String name;
    private final KannelHttpConfig config;
    private final InboundSink sink;
    private final Clock clock;
    private final CallbackSigner signer;
    private final HealthTracker health;
    private final GatewayHttp http;
    private volatile boolean closed;

    /** A channel named {@code name}; inbound events go to {@code sink}. */
    public KannelHttpChannel(String name, KannelHttpConfig config, InboundSink sink, Clock clock) {
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
        String method = message.premiumPrice().isPresent() ? "POST" : config.method();
        HttpRequest.Builder request = KannelSendsms.request(
                GatewayHttp.resolve(config.url(), KannelSendsms.PATH),
                method,
                KannelSendsms.parameters(signer, config, message, clock.instant()));
        SendResult result = http.exchange(request, answer -> KannelSendsms.interpret(message, answer));
        LOG.debug("channel={} message={} result={}", name, message.id(), result);
        return result;
    }

    @Override
    public CallbackRoute callbackRoute() {
        return new CallbackRoute(name, signer, new KannelCallbackParser(name, clock), sink);
    }

    @Override
    public Optional<String> mobileOriginatedUrl() {
        return config.callbackBaseUrl().map(base -> KannelCallbackParser.mobileOriginatedUrl(base, signer));
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
