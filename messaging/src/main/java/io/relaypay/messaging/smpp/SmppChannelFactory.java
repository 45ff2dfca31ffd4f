package io.relaypay.messaging.smpp;

import io.relaypay.messaging.channel.Channel;
import io.relaypay.messaging.channel.ChannelFactory;
import io.relaypay.messaging.channel.ChannelSettings;
import io.relaypay.messaging.channel.ConfigKey;
import io.relaypay.messaging.channel.InboundSink;
import java.time.Clock;
import java.util.List;

/** Creates {@link SmppChannel}s; registered for {@link java.util.ServiceLoader} as kind {@code smpp}. */
public final class SmppChannelFactory implements ChannelFactory {

    /** The kind configuration names SMPP channels by. */
    public static final String KIND = "smpp";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<ConfigKey<?>> configKeys() {
        return SmppChannelConfig.KEYS;
    }

    @Override
    public Channel create(String name, ChannelSettings settings, InboundSink sink, Clock clock) {
        return new SmppChannel(name, SmppChannelConfig.from(settings), sink, clock);
    }
}
