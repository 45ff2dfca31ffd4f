package io.relaypay.messaging.http;

import io.relaypay.messaging.channel.ChannelSettings;
import io.relaypay.messaging.channel.ConfigKey;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Settings of a {@link JsonAggregatorChannel}, each key declared once here with its default and doc.
 *
 * @param url the aggregator's base URL; {@code /api/v1/messages} is appended
 * @param apiKey the bearer key; never logged, never shown by {@link #toString()}
 * @param callbackSecret signs the callback URLs; never logged, never shown by {@link #toString()}
 * @param callbackBaseUrl where our {@link CallbackServer} is reachable from the aggregator; empty
 *     asks for no delivery reports
 * @param connectTimeout how long to wait for a connection
 * @param timeout how long to wait for the answer after sending
 * @param maxInFlight how many sends may wait for the aggregator at once
 */
public record JsonAggregatorConfig(
        URI url,
        String apiKey,
        String callbackSecret,
        Optional<URI> callbackBaseUrl,
        Duration connectTimeout,
        Duration timeout,
        int maxInFlight) {

    /** Aggregator base URL. */
    public static final ConfigKey<URI> URL = new ConfigKey<>(
            "url",
            null,
            "Base URL of the aggregator API, e.g. https://api.aggregator.example",
            HttpConfigValues::httpUri);
    /** API key. */
    public static final ConfigKey<String> API_KEY =
            ConfigKey.string("api-key", null, "Bearer API key of our aggregator account (secret; never logged)");
    /** Callback secret. */
    public static final ConfigKey<String> CALLBACK_SECRET = HttpGatewayKeys.CALLBACK_SECRET;
    /** Callback base. */
    public static final ConfigKey<Optional<URI>> CALLBACK_BASE_URL = HttpGatewayKeys.CALLBACK_BASE_URL;
    /** Connect timeout. */
    public static final ConfigKey<Duration> CONNECT_TIMEOUT = HttpGatewayKeys.CONNECT_TIMEOUT;
    /** Answer timeout. */
    public static final ConfigKey<Duration> TIMEOUT = HttpGatewayKeys.TIMEOUT;
    /** In-flight bound. */
    public static final ConfigKey<Integer> MAX_IN_FLIGHT = HttpGatewayKeys.MAX_IN_FLIGHT;

    /** Every key, in documentation order. */
    public static final List<ConfigKey<?>> KEYS =
            List.of(URL, API_KEY, CALLBACK_SECRET, CALLBACK_BASE_URL, CONNECT_TIMEOUT, TIMEOUT, MAX_IN_FLIGHT);

    /** Requires every field. */
    public JsonAggregatorConfig {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(apiKey, "apiKey");
        HttpConfigValues.requireSecret(callbackSecret);
        Objects.requireNonNull(callbackBaseUrl, "callbackBaseUrl");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(timeout, "timeout");
    }

    /** Reads validated settings. */
    public static JsonAggregatorConfig from(ChannelSettings settings) {
        return new JsonAggregatorConfig(
                settings.get(URL),
                settings.get(API_KEY),
                settings.get(CALLBACK_SECRET),
                settings.get(CALLBACK_BASE_URL),
                settings.get(CONNECT_TIMEOUT),
                settings.get(TIMEOUT),
                settings.get(MAX_IN_FLIGHT));
    }

    @Override
    public String toString() {
        return "JsonAggregatorConfig[url=" + url + ", apiKey=***, callbackSecret=***, callbackBaseUrl="
                + callbackBaseUrl + ", timeout=" + timeout + "]";
    }
}
