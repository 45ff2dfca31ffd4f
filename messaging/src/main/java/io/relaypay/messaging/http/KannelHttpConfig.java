package io.relaypay.messaging.http;

import io.relaypay.messaging.channel.ChannelSettings;
import io.relaypay.messaging.channel.ConfigKey;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Settings of a {@link KannelHttpChannel}, each key declared once here with its default and doc.
 *
 * @param url the gateway's base URL; {@code /cgi-bin/sendsms} is appended
 * @param username the {@code sendsms-user} name
 * @param password its password; never logged, never shown by {@link #toString()}
 * @param callbackSecret signs the callback URLs; never logged, never shown by {@link #toString()}
 * @param dlrMask which delivery reports Kannel sends back (bit set of 1, 2, 4, 8, 16)
 * @param callbackBaseUrl where our {@link CallbackServer} is reachable from the gateway; empty
 *     sends no {@code dlr-url}, so no delivery reports come back
 * @param method {@code GET} or {@code POST} for sendsms
 * @param connectTimeout how long to wait for a connection
 * @param timeout how long to wait for the answer after sending
 * @param maxInFlight how many sends may wait for the gateway at once
 */
public record KannelHttpConfig(
        URI url,
        String username,
        String password,
        String callbackSecret,
        int dlrMask,
        Optional<URI> callbackBaseUrl,
        String method,
        Duration connectTimeout,
        Duration timeout,
        int maxInFlight) {

    /** Gateway base URL. */
    public static final ConfigKey<URI> URL = new ConfigKey<>(
            "url",
            null,
            "Base URL of the Kannel smsbox (its sendsms-port), e.g. http://kannel:13013",
            HttpConfigValues::httpUri);
    /** sendsms user. */
    public static final ConfigKey<String> USERNAME =
            ConfigKey.string("username", null, "Name of the sendsms-user group in Kannel's configuration");
    /** sendsms password. */
    public static final ConfigKey<String> PASSWORD =
            ConfigKey.string("password", null, "Password of that sendsms-user (secret; never logged)");
    /** Callback secret. */
    public static final ConfigKey<String> CALLBACK_SECRET = HttpGatewayKeys.CALLBACK_SECRET;
    /** DLR mask. */
    public static final ConfigKey<Integer> DLR_MASK = new ConfigKey<>(
            "dlr-mask",
            "31",
            "Kannel dlr-mask: 1 delivered, 2 failed, 4 buffered, 8 SMSC accepted, 16 SMSC rejected; 31 asks for all",
            HttpConfigValues::dlrMask);
    /** Callback base. */
    public static final ConfigKey<Optional<URI>> CALLBACK_BASE_URL = HttpGatewayKeys.CALLBACK_BASE_URL;
    /** Request method. */
    public static final ConfigKey<String> METHOD = new ConfigKey<>(
            "method",
            "GET",
            "GET (Kannel's classic form, all in the query) or POST (Kannel's POST form: text as the body,"
                    + " the rest as X-Kannel-* headers). Prefer POST"
                    + " where the gateway accepts it: the JDK client silently repeats a GET once when a"
                    + " kept-alive connection turns out closed, which may submit a message twice",
            HttpConfigValues::method);
    /** Connect timeout. */
    public static final ConfigKey<Duration> CONNECT_TIMEOUT = HttpGatewayKeys.CONNECT_TIMEOUT;
    /** Answer timeout. */
    public static final ConfigKey<Duration> TIMEOUT = HttpGatewayKeys.TIMEOUT;
    /** In-flight bound. */
    public static final ConfigKey<Integer> MAX_IN_FLIGHT = HttpGatewayKeys.MAX_IN_FLIGHT;

    /** Every key, in documentation order. */
    public static final List<ConfigKey<?>> KEYS = List.of(
            URL,
            USERNAME,
            PASSWORD,
            CALLBACK_SECRET,
            DLR_MASK,
            CALLBACK_BASE_URL,
            METHOD,
            CONNECT_TIMEOUT,
            TIMEOUT,
            MAX_IN_FLIGHT);

    /** Requires every field. */
    public KannelHttpConfig {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        HttpConfigValues.requireSecret(callbackSecret);
        Objects.requireNonNull(callbackBaseUrl, "callbackBaseUrl");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(timeout, "timeout");
    }

    /** Reads validated settings. */
    public static KannelHttpConfig from(ChannelSettings settings) {
        return new KannelHttpConfig(
                settings.get(URL),
                settings.get(USERNAME),
                settings.get(PASSWORD),
                settings.get(CALLBACK_SECRET),
                settings.get(DLR_MASK),
                settings.get(CALLBACK_BASE_URL),
                settings.get(METHOD),
                settings.get(CONNECT_TIMEOUT),
                settings.get(TIMEOUT),
                settings.get(MAX_IN_FLIGHT));
    }

    @Override
    public String toString() {
        return "KannelHttpConfig[url=" + url + ", username=" + username + ", password=***, callbackSecret=***, dlrMask="
                + dlrMask + ", callbackBaseUrl=" + callbackBaseUrl + ", method=" + method + ", timeout=" + timeout
                + "]";
    }
}
