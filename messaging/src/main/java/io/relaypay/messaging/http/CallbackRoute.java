package io.relaypay.messaging.http;

import io.relaypay.messaging.channel.InboundSink;
import java.util.Objects;

/**
 * Where the callbacks of one channel go: {@code /callbacks/{channel}/dlr} and {@code /mo} are read
 * by {@code parser} and the events handed to {@code sink}.
 *
 * @param channel the channel's name, the path segment gateways call back on
 * @param parser reads the gateway's callback shape
 * @param sink receives the events
 */
public record CallbackRoute(String channel, CallbackParser parser, InboundSink sink) {
    /** Requires every field. */
    public CallbackRoute {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(parser, "parser");
        Objects.requireNonNull(sink, "sink");
        if (channel.isBlank()) {
            throw new IllegalArgumentException("channel name must not be blank");
        }
    }
}
