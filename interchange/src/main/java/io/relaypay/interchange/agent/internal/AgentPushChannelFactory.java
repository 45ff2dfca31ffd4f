package io.relaypay.interchange.agent.internal;

import io.relaypay.interchange.agent.AgentMailbox;
import io.relaypay.messaging.channel.ChannelFactory;
import io.relaypay.messaging.channel.ChannelSettings;
import io.relaypay.messaging.channel.ConfigKey;
import io.relaypay.messaging.channel.InboundSink;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * Creates {@link AgentPushChannel}s; configuration names the kind {@code agent-push}. Provided by the
 * interchange, not found by {@code ServiceLoader}, because the mailbox is the interchange's
 * database. The channel's sink gets the delivery reports of the agents' fetches.
 */
public final class AgentPushChannelFactory implements ChannelFactory {

    /** The kind configuration uses. */
    public static final String KIND = "agent-push";

    private final AgentMailbox mailbox;

    /** Channels posting to {@code mailbox}. */
    public AgentPushChannelFactory(AgentMailbox mailbox) {
        this.mailbox = Objects.requireNonNull(mailbox, "mailbox");
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<ConfigKey<?>> configKeys() {
        return List.of();
    }

    @Override
    public AgentPushChannel create(String name, ChannelSettings settings, InboundSink sink, Clock clock) {
        mailbox.attach(name, sink);
        return new AgentPushChannel(name, mailbox);
    }
}
