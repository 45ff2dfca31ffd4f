package io.relaypay.messaging.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.relaypay.messaging.OutboundMessage;
import io.relaypay.messaging.channel.SendResult;
import io.relaypay.messaging.http.Messages;
import io.relaypay.simulator.CarrierNetwork;
import io.relaypay.simulator.SimulatorConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The email channel against the simulator's SMTP email-to-SMS gateway. */
class EmailGatewayChannelIT {
    private static final Duration PATIENCE = Duration.ofSeconds(15);

    private final Clock clock = Clock.systemUTC();
    private CarrierNetwork network;
    private EmailGatewayChannel channel;

    @BeforeEach
    void start() {
        network = CarrierNetwork.start(SimulatorConfig.defaults().withEphemeralPorts());
        channel = channel("49151:sms.northwind.test,49176:sms.bluewave.test");
        channel.start();
    }

    @AfterEach
    void stop() {
        channel.close();
        network.close();
    }

    @Test
    void mailReachesThePhoneOfTheNumbersCarrier() {
        OutboundMessage message = Messages.notification("+4917612345671", "Grüße, code 4711 €", clock.instant())
                .build(clock.instant());

        SendResult result = channel.send(message);

        assertThat(result)
                .isInstanceOfSatisfying(
                        SendResult.Accepted.class,
                        accepted -> assertThat(accepted.controllerMessageId())
                                .isEqualTo("<" + message.id() + "@relaypay.test>"));
        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(network.phone("+4917612345671").inbox())
                        .singleElement()
                        .satisfies(inbox -> {
                            assertThat(inbox.text()).isEqualTo("Grüße, code 4711 €");
                            assertThat(inbox.via()).isEqualTo("email");
                        }));
        assertThat(channel.health().connected()).isTrue();
    }

    @Test
    void numberNoPrefixCoversIsRejectedWithoutSending() {
        SendResult result = channel.send(
                Messages.notification("+4916012345671", "hi", clock.instant()).build(clock.instant()));

        assertThat(result)
                .isInstanceOfSatisfying(
                        SendResult.Rejected.class,
                        rejected -> assertThat(rejected.reason()).contains("no email-to-SMS domain"));
        assertThat(channel.health().recentFailures()).isZero();
    }

    @Test
    void gatewayRefusingTheRecipientIsRejected() {
        // A stale prefix list: the number moved to bluewave, but the list still sends it to northwind.
        try (EmailGatewayChannel stale = channel("49176:sms.northwind.test")) {
            SendResult result = stale.send(Messages.notification("+4917612345671", "hi", clock.instant())
                    .build(clock.instant()));

            assertThat(result)
                    .isInstanceOfSatisfying(
                            SendResult.Rejected.class,
                            rejected -> assertThat(rejected.reason()).contains("550"));
            assertThat(stale.health().connected()).isTrue();
        }
        assertThat(network.phone("+4917612345671").inbox()).isEmpty();
    }

    @Test
    void premiumMessageIsRejected() {
        assertThat(channel.send(
                        Messages.premium("+4915112345671", 199, clock.instant()).build(clock.instant())))
                .isInstanceOf(SendResult.Rejected.class);
        assertThat(network.phone("+4915112345671").inbox()).isEmpty();
    }

    private EmailGatewayChannel channel(String domains) {
        return (EmailGatewayChannel) new EmailGatewayFactory()
                .create(
                        "mail",
                        Map.of(
                                "smtp-host",
                                "127.0.0.1",
                                "smtp-port",
                                Integer.toString(network.smtpPort()),
                                "from-address",
                                "sms@relaypay.test",
                                "domains",
                                domains),
                        event -> {},
                        clock);
    }
}
