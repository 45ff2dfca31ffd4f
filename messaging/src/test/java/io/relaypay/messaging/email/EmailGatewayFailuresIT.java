package io.relaypay.messaging.email;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.messaging.OutboundMessage;
import io.relaypay.messaging.channel.SendResult;
import io.relaypay.messaging.http.Messages;
import io.relaypay.messaging.http.SilentPeer;
import jakarta.mail.internet.InternetAddress;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What the email channel answers when the SMTP server is down, hangs, or drops the link after DATA. */
class EmailGatewayFailuresIT {
    private final Clock clock = Clock.systemUTC();

    @Test
    void serverDownIsRetryableAndDisconnected() throws Exception {
        try (var channel = channel(SilentPeer.closedPort())) {
            assertThat(channel.send(message())).isInstanceOf(SendResult.Retryable.class);
            assertThat(channel.health().connected()).isFalse();
        }
    }

    @Test
    void serverThatNeverGreetsIsRetryable() throws Exception {
        try (var peer = new SilentPeer();
                var channel = channel(peer.port())) {
            assertThat(channel.send(message())).isInstanceOf(SendResult.Retryable.class);
        }
    }

    @Test
    void linkDroppedAfterTheBodyIsUnknown() throws Exception {
        try (var peer = new ScriptedSmtpPeer();
                var channel = channel(peer.port())) {
            assertThat(channel.send(message())).isInstanceOf(SendResult.Unknown.class);
        }
    }

    private EmailGatewayChannel channel(int port) throws Exception {
        var config = new EmailGatewayConfig(
                "127.0.0.1",
                port,
                new InternetAddress("sms@relaypay.test"),
                GatewayDomains.parse("49151:sms.northwind.test"),
                "",
                "",
                false,
                false,
                Duration.ofSeconds(2),
                Duration.ofMillis(700),
                2);
        return new EmailGatewayChannel("mail", config, event -> {}, clock);
    }

    private OutboundMessage message() {
        return Messages.notification("+4915112345671", "hello", clock.instant()).build(clock.instant());
    }
}
