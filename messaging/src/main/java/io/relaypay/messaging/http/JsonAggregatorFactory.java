package io.relaypay.messaging.http;

import io.relaypay.messaging.channel.ChannelFactory;
import io.relaypay.messaging.channel.ChannelSettings;
import io.relaypay.messaging.channel.ConfigKey;
import io.relaypay.messaging.channel.InboundSink;
import java.time.Clock;
import java.util.List;

/** Creates {@link JsonAggregatorChannel}s; configuration names the kind {@code json-http}. */
public final class JsonAggregatorFactory implements ChannelFactory {
    /** The kind configuration uses. */
    public static final String KIND = "json-http";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<ConfigKey<?>> configKeys() {
        return JsonAggregatorConfig.KEYS;
    }

    @Override
    public JsonAggregatorChannel create(String name, ChannelSettings settings, InboundSink sink, Clock clock) {
        return new JsonAggregatorChannel(name, JsonAggregatorConfig.from(settings), sink, clock);
    }
}
