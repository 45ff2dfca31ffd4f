package io.relaypay.messaging.http;

import io.relaypay.messaging.channel.ConfigKey;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** The settings every HTTP gateway kind reads, declared once with their defaults and docs. */
final class HttpGatewayKeys {

    /** Callback secret. */
    static final ConfigKey<String> CALLBACK_SECRET = ConfigKey.string(
            "callback-secret",
            null,
            "Secret that signs our callback URLs (HMAC-SHA256), so only the gateway can report deliveries"
                    + " and MO messages; at least 16 characters, e.g. from openssl rand -hex 32 (secret; never"
                    + " logged)");
    /** Callback base. */
    static final ConfigKey<Optional<URI>> CALLBACK_BASE_URL = new ConfigKey<>(
            "callback-base-url",
            "",
            "Base URL under which the gateway reaches our callback server (/callbacks/<channel>/dlr is"
                    + " appended); empty asks for no delivery reports",
            HttpConfigValues::optionalHttpUri);
    /** Connect timeout. */
    static final ConfigKey<Duration> CONNECT_TIMEOUT =
            ConfigKey.duration("connect-timeout", "PT5S", "How long to wait for a TCP connection to the gateway");
    /** Answer timeout. */
    static final ConfigKey<Duration> TIMEOUT = ConfigKey.duration(
            "timeout",
            "PT10S",
            "How long to wait for the gateway's answer; past it the outcome is unknown and reconciled later");
    /** In-flight bound. */
    static final ConfigKey<Integer> MAX_IN_FLIGHT = new ConfigKey<>(
            "max-in-flight", "32", "How many sends may wait for the gateway at once", HttpConfigValues::positive);

    private HttpGatewayKeys() {}
}
