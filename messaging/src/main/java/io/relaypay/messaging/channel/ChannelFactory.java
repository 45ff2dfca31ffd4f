package io.relaypay.messaging.channel;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * Creates channels of one controller kind; found with {@link ServiceLoader}, as Keycloak finds its
 * provider factories.
 */
public interface ChannelFactory {

    /** The controller kind, as configuration names it: {@code smpp}, {@code http}, {@code email}. */
    String kind();

    /** Every setting a channel of this kind reads, with defaults and docs. */
    List<ConfigKey<?>> configKeys();

    /** Creates a channel named {@code name}; it connects when started. */
    Channel create(String name, ChannelSettings settings, InboundSink sink, Clock clock);

    /** Creates a channel from raw text settings, validating them first. */
    default Channel create(String name, Map<String, String> settings, InboundSink sink, Clock clock) {
        return create(name, ChannelSettings.of(configKeys(), settings), sink, clock);
    }

    /** The factory for {@code kind} among those on the class path. */
    static ChannelFactory forKind(String kind) {
        return ServiceLoader.load(ChannelFactory.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(factory -> factory.kind().equals(kind))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no channel kind '" + kind + "' on the class path"));
    }
}
