package io.relaypay.messaging.email;

import io.relaypay.messaging.channel.ChannelFactory;
import io.relaypay.messaging.channel.ChannelSettings;
import io.relaypay.messaging.channel.ConfigKey;
import io.relaypay.messaging.channel.InboundSink;
import java.time.Clock;
import java.util.List;

/** Creates {@link EmailGatewayChannel}s; configuration names the kind {@code email}. */
public final class EmailGatewayFactory implements ChannelFactory {
    /** The kind configuration uses. */
    public static final String KIND = "email";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<ConfigKey<?>> configKeys() {
        return EmailGatewayConfig.KEYS;
    }

    @Override
    public EmailGatewayChannel create(String name, ChannelSettings settings, InboundSink sink, Clock clock) {
        return new EmailGatewayChannel(name, EmailGatewayConfig.from(settings), sink, clock);
    }
}
