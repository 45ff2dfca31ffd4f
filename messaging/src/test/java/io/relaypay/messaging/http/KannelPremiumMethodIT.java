package io.relaypay.messaging.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.relaypay.messaging.channel.SendResult;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Premium messages never go by GET, which the JDK client may silently repeat (a second charge). */
class KannelPremiumMethodIT {
    private final Clock clock = Clock.systemUTC();

    @Test
    void premiumGoesByPostEvenWhenGetIsConfigured() throws Exception {
        List<String> methods = new CopyOnWriteArrayList<>();
        HttpServer gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        gateway.createContext(KannelSendsms.PATH, exchange -> {
            try (exchange) {
                methods.add(exchange.getRequestMethod());
                exchange.getRequestBody().readAllBytes();
                byte[] answer = "0: Accepted for delivery".getBytes(StandardCharsets.US_ASCII);
                exchange.sendResponseHeaders(202, answer.length);
                exchange.getResponseBody().write(answer);
            }
        });
        gateway.start();
        var config = new KannelHttpConfig(
                URI.create("http://127.0.0.1:" + gateway.getAddress().getPort()),
                "u",
                "p",
                "callback-secret-0123456789",
                31,
                Optional.empty(),
                "GET",
                Duration.ofSeconds(2),
                Duration.ofSeconds(5),
                4);
        try (var channel = new KannelHttpChannel("kannel-a", config, event -> {}, clock)) {
            var plain = Messages.notification("+4915112345671", "hi", clock.instant())
                    .build(clock.instant());
            var premium =
                    Messages.premium("+4915112345671", 199, clock.instant()).build(clock.instant());

            assertThat(channel.send(plain)).isInstanceOf(SendResult.Accepted.class);
            assertThat(channel.send(premium)).isInstanceOf(SendResult.Accepted.class);
        } finally {
            gateway.stop(0);
        }
        assertThat(methods).containsExactly("GET", "POST");
    }
}
