package io.relaypay.messaging.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.relaypay.messaging.DeliveryStatus;
import io.relaypay.messaging.InboundEvent;
import io.relaypay.messaging.InboundEvent.DeliveryReport;
import io.relaypay.messaging.InboundEvent.MobileOriginated;
import io.relaypay.messaging.OutboundMessage;
import io.relaypay.messaging.PhoneNumber;
import io.relaypay.messaging.channel.SendResult;
import io.relaypay.simulator.CarrierNetwork;
import io.relaypay.simulator.Charge;
import io.relaypay.simulator.ReceivedMessage;
import io.relaypay.simulator.SimulatorConfig;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Kannel channel against the simulator's Kannel-compatible gateway over real HTTP: messages reach
 * the virtual phones, and delivery reports and MO messages come back through the callback server.
 */
class KannelHttpChannelIT {
    private static final String CHANNEL = "kannel-a";
    private static final Duration PATIENCE = Duration.ofSeconds(15);
    private static final String SECRET = "kannel-callback-secret-0123";
    private static final CallbackSigner SIGNER = new CallbackSigner(CHANNEL, SECRET);

    private final Clock clock = Clock.systemUTC();
    private final List<InboundEvent> received = new CopyOnWriteArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();
    private CallbackServer callbacks;
    private CarrierNetwork network;
    private KannelHttpChannel channel;

    @BeforeEach
    void start() {
        callbacks = CallbackServer.start(new InetSocketAddress("127.0.0.1", 0));
        network = CarrierNetwork.start(SimulatorConfig.defaults().withEphemeralPorts().toBuilder()
                .moCallbackUrl(KannelCallbackParser.mobileOriginatedUrl(callbacks.baseUri(), SIGNER))
                .build());
        channel = channel(network.config().gatewayPassword());
        callbacks.register(channel.callbackRoute());
        channel.start();
    }

    @AfterEach
    void stop() {
        channel.close();
        network.close();
        callbacks.close();
        http.close();
    }

    @Test
    void messageReachesThePhoneAndItsDeliveryReportComesBack() {
        OutboundMessage message = Messages.notification("+4915112345671", "Your code is 4711", clock.instant())
                .build(clock.instant());

        SendResult result = channel.send(message);

        assertThat(result)
                .isEqualTo(new SendResult.Accepted(List.of(message.id().toString())));
        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(network.phone("+4915112345671").inbox())
                        .singleElement()
                        .satisfies(inbox -> {
                            assertThat(inbox.text()).isEqualTo("Your code is 4711");
                            assertThat(inbox.sender()).isEqualTo("84444");
                            assertThat(inbox.via()).isEqualTo("http");
                        }));
        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(reports()).anySatisfy(report -> {
                    assertThat(report.controllerMessageId())
                            .isEqualTo(message.id().toString());
                    assertThat(report.status()).isEqualTo(DeliveryStatus.DELIVERED);
                    assertThat(report.channel()).isEqualTo(CHANNEL);
                }));
        assertThat(channel.health().connected()).isTrue();
        assertThat(channel.health().recentSuccesses()).isEqualTo(1);
    }

    @Test
    void kannelsPostFormReachesThePhoneToo() {
        try (KannelHttpChannel post = channel(network.config().gatewayPassword(), "POST")) {
            OutboundMessage message = Messages.premium("+4915112345673", 299, clock.instant())
                    .text("Danke für 2,99 € – Код")
                    .build(clock.instant());

            assertThat(post.send(message))
                    .isEqualTo(new SendResult.Accepted(List.of(message.id().toString())));

            await().atMost(PATIENCE)
                    .untilAsserted(() -> assertThat(
                                    network.phone("+4915112345673").inbox())
                            .singleElement()
                            .satisfies(inbox -> {
                                assertThat(inbox.text()).isEqualTo("Danke für 2,99 € – Код");
                                assertThat(inbox.premiumPriceMinor()).contains(299L);
                            }));
            await().atMost(PATIENCE)
                    .untilAsserted(() -> assertThat(reports())
                            .anySatisfy(report -> assertThat(report.controllerMessageId())
                                    .isEqualTo(message.id().toString())));
        }
    }

    @Test
    void textOutsideTheGsmAlphabetArrivesIntact() {
        String text = "Код 4711 — спасибо! 😀";

        channel.send(
                Messages.notification("+4917612345671", text, clock.instant()).build(clock.instant()));

        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(network.phone("+4917612345671").inbox())
                        .extracting(ReceivedMessage::text)
                        .containsExactly(text));
    }

    @Test
    void premiumPriceInBinfoIsChargedOnThePhoneBill() {
        OutboundMessage message =
                Messages.premium("+4915112345672", 199, clock.instant()).build(clock.instant());

        assertThat(channel.send(message)).isInstanceOf(SendResult.Accepted.class);

        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(network.phone("+4915112345672").bill())
                        .singleElement()
                        .extracting(Charge::amountMinor, Charge::currency)
                        .containsExactly(199L, "EUR"));
        assertThat(network.phone("+4915112345672").inbox())
                .singleElement()
                .satisfies(inbox -> assertThat(inbox.premiumPriceMinor()).contains(199L));
        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(reports())
                        .anySatisfy(report -> assertThat(report.status()).isEqualTo(DeliveryStatus.DELIVERED)));
    }

    @Test
    void premiumToABarredPhoneIsReportedAsFailed() {
        OutboundMessage message =
                Messages.premium("+4917612345673", 99, clock.instant()).build(clock.instant());

        channel.send(message);

        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(reports()).anySatisfy(report -> {
                    assertThat(report.controllerMessageId())
                            .isEqualTo(message.id().toString());
                    assertThat(report.status().isFinal()).isTrue();
                    assertThat(report.status().isDelivered()).isFalse();
                }));
        assertThat(network.phone("+4917612345673").bill()).isEmpty();
    }

    @Test
    void moFromAPhoneReachesTheSink() {
        network.phone("+4917612345672").sendMo("84444", "YES 4711 ü");

        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(received)
                        .filteredOn(MobileOriginated.class::isInstance)
                        .map(MobileOriginated.class::cast)
                        .singleElement()
                        .satisfies(mo -> {
                            assertThat(mo.from()).isEqualTo(PhoneNumber.of("+4917612345672"));
                            assertThat(mo.to()).isEqualTo("84444");
                            assertThat(mo.text()).isEqualTo("YES 4711 ü");
                            assertThat(mo.channel()).isEqualTo(CHANNEL);
                        }));
    }

    @Test
    void channelOffersTheSignedMoUrlToConfigure() {
        assertThat(channel.mobileOriginatedUrl())
                .contains(KannelCallbackParser.mobileOriginatedUrl(callbacks.baseUri(), SIGNER));
    }

    @Test
    void forgedDeliveryReportsAreRefusedAndOnlySignedOnesCount() throws Exception {
        OutboundMessage barred =
                Messages.premium("+4917612345673", 299, clock.instant()).build(clock.instant());
        OutboundMessage other =
                Messages.notification("+4915112345671", "hi", clock.instant()).build(clock.instant());
        channel.send(barred);
        channel.send(other);
        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(reports())
                        .anySatisfy(report -> assertThat(report.controllerMessageId())
                                .isEqualTo(other.id().toString())));
        String dlr = CallbackServer.callbackUri(callbacks.baseUri(), CHANNEL, CallbackKind.DELIVERY_REPORT);
        String otherToken = SIGNER.deliveryReportToken(other.id().toString());

        // Someone who saw the other message's dlr-url tries to mark the premium message delivered.
        assertThat(get(dlr + "?id=" + barred.id() + "&type=1")).isEqualTo(401);
        assertThat(get(dlr + "?id=" + barred.id() + "&sig=" + otherToken + "&type=1"))
                .isEqualTo(401);
        assertThat(reports())
                .filteredOn(report ->
                        report.controllerMessageId().equals(barred.id().toString()))
                .noneSatisfy(report -> assertThat(report.status()).isEqualTo(DeliveryStatus.DELIVERED));

        var signed = io.relaypay.messaging.MessageId.newId();
        assertThat(get(dlr + "?" + SIGNER.deliveryReportQuery(signed.toString()) + "&type=1"))
                .isEqualTo(200);
        assertThat(reports()).anySatisfy(report -> {
            assertThat(report.controllerMessageId()).isEqualTo(signed.toString());
            assertThat(report.status()).isEqualTo(DeliveryStatus.DELIVERED);
        });
    }

    @Test
    void wrongPasswordIsRejected() {
        try (KannelHttpChannel wrong = channel("not-the-password")) {
            SendResult result = wrong.send(Messages.notification("+4915112345671", "hi", clock.instant())
                    .build(clock.instant()));

            assertThat(result).isInstanceOf(SendResult.Rejected.class);
            assertThat(wrong.health().connected()).isTrue();
        }
        assertThat(network.phone("+4915112345671").inbox()).isEmpty();
    }

    private KannelHttpChannel channel(String password) {
        return channel(password, "GET");
    }

    private KannelHttpChannel channel(String password, String method) {
        return (KannelHttpChannel) new KannelHttpFactory()
                .create(
                        CHANNEL,
                        Map.of(
                                "url",
                                network.httpUri().toString(),
                                "username",
                                network.config().gatewayUsername(),
                                "password",
                                password,
                                "callback-base-url",
                                callbacks.baseUri().toString(),
                                "callback-secret",
                                SECRET,
                                "method",
                                method,
                                "timeout",
                                "PT5S"),
                        received::add,
                        clock);
    }

    private int get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private List<DeliveryReport> reports() {
        return received.stream()
                .filter(DeliveryReport.class::isInstance)
                .map(DeliveryReport.class::cast)
                .toList();
    }
}
