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

/** The JSON aggregator channel against the simulator's aggregator API over real HTTP. */
class JsonAggregatorChannelIT {
    private static final String CHANNEL = "agg";
    private static final Duration PATIENCE = Duration.ofSeconds(15);
    private static final String SECRET = "aggregator-callback-secret-0123";
    private static final CallbackSigner SIGNER = new CallbackSigner(CHANNEL, SECRET);

    private final Clock clock = Clock.systemUTC();
    private final List<InboundEvent> received = new CopyOnWriteArrayList<>();
    private CallbackServer callbacks;
    private CarrierNetwork network;
    private JsonAggregatorChannel channel;

    @BeforeEach
    void start() {
        callbacks = CallbackServer.start(new InetSocketAddress("127.0.0.1", 0));
        network = CarrierNetwork.start(SimulatorConfig.defaults().withEphemeralPorts().toBuilder()
                .moJsonCallbackUrl(URI.create(JsonAggregatorApi.mobileOriginatedUrl(callbacks.baseUri(), SIGNER)))
                .build());
        channel = channel(network.config().jsonApiKey());
        callbacks.register(channel.callbackRoute());
        channel.start();
    }

    @AfterEach
    void stop() {
        channel.close();
        network.close();
        callbacks.close();
    }

    @Test
    void messageIsAcceptedUnderTheAggregatorsIdAndItsReportComesBack() {
        OutboundMessage message = Messages.notification("+4915112345671", "Code 4711", clock.instant())
                .build(clock.instant());

        SendResult result = channel.send(message);

        assertThat(result).isInstanceOf(SendResult.Accepted.class);
        String id = ((SendResult.Accepted) result).controllerMessageId();
        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(network.phone("+4915112345671").inbox())
                        .singleElement()
                        .satisfies(inbox -> {
                            assertThat(inbox.text()).isEqualTo("Code 4711");
                            assertThat(inbox.via()).isEqualTo("json");
                        }));
        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(received)
                        .filteredOn(DeliveryReport.class::isInstance)
                        .map(DeliveryReport.class::cast)
                        .anySatisfy(report -> {
                            assertThat(report.controllerMessageId()).isEqualTo(id);
                            assertThat(report.clientReference())
                                    .contains(message.id().toString());
                            assertThat(report.status()).isEqualTo(DeliveryStatus.DELIVERED);
                        }));
    }

    @Test
    void premiumPriceIsChargedOnThePhoneBill() {
        channel.send(Messages.premium("+4917612345671", 499, clock.instant()).build(clock.instant()));

        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(network.phone("+4917612345671").bill())
                        .singleElement()
                        .extracting(Charge::amountMinor, Charge::currency)
                        .containsExactly(499L, "EUR"));
    }

    @Test
    void moFromAPhoneReachesTheSink() {
        network.phone("+4915112345673").sendMo("84444", "STOP");

        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(received)
                        .filteredOn(MobileOriginated.class::isInstance)
                        .map(MobileOriginated.class::cast)
                        .singleElement()
                        .satisfies(mo -> {
                            assertThat(mo.from()).isEqualTo(PhoneNumber.of("+4915112345673"));
                            assertThat(mo.text()).isEqualTo("STOP");
                        }));
    }

    @Test
    void forgedReportsAndMosAreRefused() throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            String dlr = CallbackServer.callbackUri(callbacks.baseUri(), CHANNEL, CallbackKind.DELIVERY_REPORT);
            String mo = CallbackServer.callbackUri(callbacks.baseUri(), CHANNEL, CallbackKind.MOBILE_ORIGINATED);

            assertThat(post(http, dlr, "{\"id\":\"agg-1\",\"status\":\"delivered\"}"))
                    .isEqualTo(401);
            assertThat(post(http, mo, "{\"id\":\"m1\",\"from\":\"+4915112345671\",\"to\":\"84444\",\"text\":\"YES\"}"))
                    .isEqualTo(401);
            assertThat(channel.mobileOriginatedUrl())
                    .contains(JsonAggregatorApi.mobileOriginatedUrl(callbacks.baseUri(), SIGNER));
        }
        assertThat(received).isEmpty();
    }

    private static int post(HttpClient http, String url, String json) throws Exception {
        return http.send(
                        HttpRequest.newBuilder(URI.create(url))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(json))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    @Test
    void wrongApiKeyIsRejected() {
        try (JsonAggregatorChannel wrong = channel("not-the-key")) {
            assertThat(wrong.send(Messages.notification("+4915112345671", "hi", clock.instant())
                            .build(clock.instant())))
                    .isInstanceOf(SendResult.Rejected.class);
        }
    }

    private JsonAggregatorChannel channel(String apiKey) {
        return (JsonAggregatorChannel) new JsonAggregatorFactory()
                .create(
                        CHANNEL,
                        Map.of(
                                "url",
                                network.httpUri().toString(),
                                "api-key",
                                apiKey,
                                "callback-base-url",
                                callbacks.baseUri().toString(),
                                "callback-secret",
                                SECRET),
                        received::add,
                        clock);
    }
}
