package io.relaypay.messaging.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.messaging.OutboundMessage;
import io.relaypay.messaging.channel.SendResult;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the HTTP channels answer when the gateway is down or hangs, over real sockets. */
class GatewayFailuresIT {
    private static final String SECRET = "callback-secret-0123456789";
    private final Clock clock = Clock.systemUTC();

    @Test
    void kannelGatewayDownIsRetryableAndDisconnected() {
        try (var channel = kannel(URI.create("http://127.0.0.1:" + SilentPeer.closedPort()))) {
            SendResult result = channel.send(message());

            assertThat(result).isInstanceOf(SendResult.Retryable.class);
            assertThat(channel.health().connected()).isFalse();
            assertThat(channel.health().recentFailures()).isEqualTo(1);
        }
    }

    @Test
    void kannelGatewayThatHangsAfterTheRequestIsUnknown() throws Exception {
        try (var peer = new SilentPeer();
                var channel = kannel(URI.create("http://127.0.0.1:" + peer.port()))) {
            SendResult result = channel.send(message());

            assertThat(result).isInstanceOf(SendResult.Unknown.class);
            assertThat(channel.health().inFlight()).isZero();
        }
    }

    @Test
    void aggregatorDownIsRetryable() {
        try (var channel = aggregator(URI.create("http://127.0.0.1:" + SilentPeer.closedPort()))) {
            assertThat(channel.send(message())).isInstanceOf(SendResult.Retryable.class);
        }
    }

    @Test
    void aggregatorThatHangsIsUnknown() throws Exception {
        try (var peer = new SilentPeer()) {
            try (var channel = aggregator(URI.create("http://127.0.0.1:" + peer.port()))) {
                assertThat(channel.send(message())).isInstanceOf(SendResult.Unknown.class);
            }
        }
    }

    private JsonAggregatorChannel aggregator(URI url) {
        var config = new JsonAggregatorConfig(
                url, "key", SECRET, Optional.empty(), Duration.ofSeconds(2), Duration.ofMillis(500), 4);
        return new JsonAggregatorChannel("agg", config, event -> {}, clock);
    }

    private KannelHttpChannel kannel(URI url) {
        var config = new KannelHttpConfig(
                url, "u", "p", SECRET, 31, Optional.empty(), "GET", Duration.ofSeconds(2), Duration.ofMillis(500), 4);
        return new KannelHttpChannel("kannel-a", config, event -> {}, clock);
    }

    private OutboundMessage message() {
        return Messages.notification("+4915112345671", "hello", clock.instant()).build(clock.instant());
    }
}
