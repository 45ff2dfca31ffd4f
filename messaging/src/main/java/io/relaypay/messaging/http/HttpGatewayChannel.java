package io.relaypay.messaging.http;

import io.relaypay.messaging.OutboundMessage;
import io.relaypay.messaging.channel.ChannelHealth;
import io.relaypay.messaging.channel.HealthTracker;
import io.relaypay.messaging.channel.InboundSink;
import io.relaypay.messaging.channel.SendResult;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every HTTP gateway channel shares: one request per message over the JDK client on virtual
 * threads, health from the answers, signed callback URLs, and the checks before sending. A gateway
 * kind supplies only its request, how to read its answer, and its callback parser.
 */
public abstract sealed class HttpGatewayChannel implements HttpCallbackChannel
        permits KannelHttpChannel, JsonAggregatorChannel {
    private static final Logger LOG = LoggerFactory.getLogger(HttpGatewayChannel.class);
    private static final Duration HEALTH_WINDOW = Duration.ofMinutes(5);

    private final String name;
    private final String kind;
    private final URI url;
    private final Optional<URI> callbackBaseUrl;
    private final InboundSink sink;
    private final Clock clock;
    private final CallbackSigner signer;
    private final HealthTracker health;
    private final GatewayHttp http;
    private volatile boolean closed;

    HttpGatewayChannel(
            String name,
            String kind,
            URI url,
            Optional<URI> callbackBaseUrl,
            String callbackSecret,
            Duration connectTimeout,
            Duration timeout,
            int maxInFlight,
            InboundSink sink,
            Clock clock) {
        this.name = Objects.requireNonNull(name, "name");
        this.kind = kind;
        this.url = Objects.requireNonNull(url, "url");
        this.callbackBaseUrl = callbackBaseUrl;
        this.sink = Objects.requireNonNull(sink, "sink");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.signer = new CallbackSigner(name, callbackSecret);
        this.health = new HealthTracker(clock, HEALTH_WINDOW, maxInFlight);
        this.http = new GatewayHttp(connectTimeout, timeout, health);
    }

    /** The request that hands {@code message} to the gateway. */
    abstract HttpRequest.Builder request(OutboundMessage message, CallbackSigner signer, Clock clock);

    /** What the gateway's answer means for {@code message}. */
    abstract SendResult interpret(OutboundMessage message, GatewayHttp.Answer answer);

    /** The parser for this gateway's callbacks. */
    abstract CallbackParser parser(String name, Clock clock);

    /** The MO callback URL under {@code base}, signed. */
    abstract String mobileOriginatedUrl(URI base, CallbackSigner signer);

    @Override
    public final String name() {
        return name;
    }

    /** Nothing to connect: every send is one HTTP request, and health reflects the last one. */
    @Override
    public final void start() {
        LOG.info("channel={} kind={} gateway={} callbacks={}", name, kind, url, callbackBaseUrl);
    }

    @Override
    public final SendResult send(OutboundMessage message) {
        if (closed) {
            return new SendResult.Rejected("channel " + name + " is closed");
        }
        if (!message.validUntil().isAfter(clock.instant())) {
            return new SendResult.Rejected("validity ran out before sending");
        }
        SendResult result = http.exchange(request(message, signer, clock), answer -> interpret(message, answer));
        LOG.debug("channel={} message={} result={}", name, message.id(), result);
        return result;
    }

    @Override
    public final CallbackRoute callbackRoute() {
        return new CallbackRoute(name, signer, parser(name, clock), sink);
    }

    @Override
    public final Optional<String> mobileOriginatedUrl() {
        return callbackBaseUrl.map(base -> mobileOriginatedUrl(base, signer));
    }

    @Override
    public final ChannelHealth health() {
        return health.health();
    }

    @Override
    public final void close() {
        closed = true;
        http.close();
    }
}
