package io.relaypay.interchange.messages;

import io.relaypay.messaging.channel.Channel;
import io.relaypay.messaging.channel.ChannelFactory;
import io.relaypay.messaging.channel.InboundSink;
import io.relaypay.messaging.smpp.SmppChannelFactory;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The channels of {@code relaypay.channels.<name>}: {@code kind} picks the converter's {@link
 * ChannelFactory} and every other key is the converter's own setting, validated by it. Factories
 * the interchange provides ({@code agent-push}, whose mailbox is the interchange's database) come
 * first; the others are found with {@code ServiceLoader} ({@code smpp}, {@code kannel-http}, {@code
 * json-http}, {@code email}). Channels are created closed; {@link Channel#start()} connects them.
 */
public final class ChannelCatalog {

    /** The key that names the converter; every other key goes to it. */
    public static final String KIND = "kind";

    private final Map<String, Channel> channels;
    private final Map<String, String> kinds;

    private ChannelCatalog(Map<String, Channel> channels, Map<String, String> kinds) {
        this.channels = channels;
        this.kinds = kinds;
    }

    /**
     * Creates every configured channel.
     *
     * @param settings channel name → its text settings, {@code kind} included
     * @param sink where the channels deliver MO messages and delivery reports
     * @param clock the channels' clock
     * @throws IllegalArgumentException naming the channel and every problem with its settings
     */
    public static ChannelCatalog create(Map<String, Map<String, String>> settings, InboundSink sink, Clock clock) {
        return create(settings, sink, clock, List.of());
    }

    /**
     * Creates every configured channel, taking a kind from {@code provided} before the class path.
     *
     * @param settings channel name → its text settings, {@code kind} included
     * @param sink where the channels deliver MO messages and delivery reports
     * @param clock the channels' clock
     * @param provided factories the interchange provides itself
     * @throws IllegalArgumentException naming the channel and every problem with its settings
     */
    public static ChannelCatalog create(
            Map<String, Map<String, String>> settings,
            InboundSink sink,
            Clock clock,
            List<? extends ChannelFactory> provided) {
        Map<String, Channel> channels = new LinkedHashMap<>();
        Map<String, String> kinds = new HashMap<>();
        try {
            settings.forEach((name, values) -> {
                Map<String, String> own = new HashMap<>(values);
                String kind = own.remove(KIND);
                if (kind == null || kind.isBlank()) {
                    throw new IllegalArgumentException(
                            "relaypay.channels." + name + ".kind is required (one of " + knownKinds(provided) + ")");
                }
                ChannelFactory factory;
                try {
                    factory = provided.stream()
                            .filter(f -> f.kind().equals(kind))
                            .<ChannelFactory>map(f -> f)
                            .findFirst()
                            .orElseGet(() -> ChannelFactory.forKind(kind));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(
                            "relaypay.channels." + name + ".kind: " + e.getMessage() + "; known: "
                                    + knownKinds(provided),
                            e);
                }
                try {
                    channels.put(name, factory.create(name, own, sink, clock));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("relaypay.channels." + name + ": " + e.getMessage(), e);
                }
                kinds.put(name, kind);
            });
        } catch (RuntimeException e) {
            channels.values().forEach(Channel::close);
            throw e;
        }
        return new ChannelCatalog(Map.copyOf(channels), Map.copyOf(kinds));
    }

    /** The channels by name. */
    public Map<String, Channel> channels() {
        return channels;
    }

    /** The channel named {@code name}. */
    public Channel channel(String name) {
        Channel channel = channels.get(name);
        if (channel == null) {
            throw new IllegalArgumentException("no channel " + name + "; configured: " + channels.keySet());
        }
        return channel;
    }

    /** The configured kind of channel {@code name}. */
    public String kindOf(String name) {
        return kinds.get(name);
    }

    /** The channels holding a bind of their own, whose {@code connected} is the bind's state (SMPP). */
    public Map<String, Channel> bindHolding() {
        Map<String, Channel> bound = new HashMap<>();
        channels.forEach((name, channel) -> {
            if (SmppChannelFactory.KIND.equals(kinds.get(name))) {
                bound.put(name, channel);
            }
        });
        return bound;
    }

    private static Set<String> knownKinds(List<? extends ChannelFactory> provided) {
        Set<String> kinds = new TreeSet<>();
        provided.forEach(f -> kinds.add(f.kind()));
        java.util.ServiceLoader.load(ChannelFactory.class).forEach(f -> kinds.add(f.kind()));
        return kinds;
    }
}
