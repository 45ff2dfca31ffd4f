package io.relaypay.messaging.http;

import io.relaypay.messaging.OutboundMessage;
import io.relaypay.messaging.channel.InboundSink;
import io.relaypay.messaging.channel.SendResult;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;

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
public final class KannelHttpChannel extends HttpGatewayChannel {
    private final KannelHttpConfig config;

    /** A channel named {@code name}; inbound events go to {@code sink}. */
    public KannelHttpChannel(String name, KannelHttpConfig config, InboundSink sink, Clock clock) {
        super(
                name,
                "kannel-http",
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
        // Premium always by POST: the JDK client silently repeats a GET on a stale connection,
        // and a repeated premium submission would charge the phone bill twice.
        String method = message.premiumPrice().isPresent() ? "POST" : config.method();
        return KannelSendsms.request(
                GatewayHttp.resolve(config.url(), KannelSendsms.PATH),
                method,
                KannelSendsms.parameters(signer, config, message, clock.instant()));
    }

    @Override
    SendResult interpret(OutboundMessage message, GatewayHttp.Answer answer) {
        return KannelSendsms.interpret(message, answer);
    }

    @Override
    CallbackParser parser(String name, Clock clock) {
        return new KannelCallbackParser(name, clock);
    }

    @Override
    String mobileOriginatedUrl(URI base, CallbackSigner signer) {
        return KannelCallbackParser.mobileOriginatedUrl(base, signer);
    }
}
