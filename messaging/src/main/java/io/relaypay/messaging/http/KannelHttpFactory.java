package io.relaypay.messaging.http;

import io.relaypay.messaging.channel.ChannelFactory;
import io.relaypay.messaging.channel.ChannelSettings;
import io.relaypay.messaging.channel.ConfigKey;
import io.relaypay.messaging.channel.InboundSink;
import java.time.Clock;
import java.util.List;

/** Creates {@link KannelHttpChannel}s; configuration names the kind {@code kannel-http}. */
public final class KannelHttpFactory implements ChannelFactory {
    /** The kind configuration uses. */
    public static final String KIND = "kannel-http";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<ConfigKey<?>> configKeys() {
        return KannelHttpConfig.KEYS;
    }

    @Override
    public KannelHttpChannel create(String name, ChannelSettings settings, InboundSink sink, Clock clock) {
        return new KannelHttpChannel(name, KannelHttpConfig.from(settings), sink, clock);
    }
}
