package io.relaypay.interchange.config;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The messaging channels, {@code relaypay.channels.<name>.*}: {@code kind} ({@code smpp}, {@code
 * kannel-http}, {@code json-http}, {@code email}, or the interchange's own {@code agent-push}, which
 * has no keys) and the converter's own keys, which messaging
 * declares once each with default and doc ({@code SmppChannelConfig}, {@code KannelHttpConfig},
 * {@code JsonAggregatorConfig}, {@code EmailGatewayConfig}); docs/messaging.md lists them.
 *
 * @param channels channel name → its settings; the defaults in application.yaml point at the
 *     carrier simulator's SMSCs
 */
@ConfigurationProperties("relaypay")
public record ChannelProperties(Map<String, Map<String, String>> channels) {

    /** Keeps configuration order; none configured is an empty map. */
    public ChannelProperties {
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        if (channels != null) {
            channels.forEach((name, settings) -> copy.put(name, Map.copyOf(settings)));
        }
        channels = java.util.Collections.unmodifiableMap(copy);
    }
}
