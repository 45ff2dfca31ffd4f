package io.relaypay.messaging.http;

import io.relaypay.messaging.channel.InboundSink;
import java.util.Objects;

/**
 * Where the callbacks of one channel go: {@code /callbacks/{channel}/dlr} and {@code /mo} are checked
 * by {@code signer}, read by {@code parser} and the events handed to {@code sink}.
 *
 * @param channel the channel's name, the path segment gateways call back on
 * @param signer checks the token each callback URL carries; its channel is {@code channel}
 * @param parser reads the gateway's callback shape
 * @param sink receives the events
 */
public record CallbackRoute(String channel, CallbackSigner signer, CallbackParser parser, InboundSink sink) {
    /** Requires every field. */
    public CallbackRoute {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(parser, "parser");
        Objects.requireNonNull(sink, "sink");
        if (channel.isBlank()) {
            throw new IllegalArgumentException("channel name must not be blank");
        }
        if (!signer.channel().equals(channel)) {
            throw new IllegalArgumentException("the signer is for channel " + signer.channel() + ", not " + channel);
        }
    }
}
