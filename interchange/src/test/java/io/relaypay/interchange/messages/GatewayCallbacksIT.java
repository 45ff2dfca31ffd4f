package io.relaypay.interchange.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.relaypay.interchange.messages.PhoneMessage.Purpose;
import io.relaypay.interchange.support.Http;
import io.relaypay.interchange.support.RunningInterchange;
import io.relaypay.simulator.CarrierNetwork;
import io.relaypay.simulator.ReceivedMessage;
import io.relaypay.simulator.SimulatorConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An HTTP gateway channel from configuration: the simulator's JSON aggregator, cheapest for
 * bluewave, reports deliveries to the interchange's own {@code /callbacks/...} endpoint.
 */
class GatewayCallbacksIT {

    static final String SECRET = "0123456789abcdef0123456789abcdef";
    static final int PORT = freePort();
    static final CarrierNetwork network =
            CarrierNetwork.start(SimulatorConfig.defaults().withEphemeralPorts());

    @RegisterExtension
    static final RunningInterchange server = new RunningInterchange()
            .with("server.port", PORT)
            .with("relaypay.channels.smsc-north.port", network.smppPort("smsc-north"))
            .with("relaypay.channels.smsc-hub.port", network.smppPort("smsc-hub"))
            .with("relaypay.channels.aggregator.kind", "json-http")
            .with("relaypay.channels.aggregator.url", network.httpUri().toString())
            .with("relaypay.channels.aggregator.api-key", "sim_test_key")
            .with("relaypay.channels.aggregator.callback-secret", SECRET)
            .with("relaypay.channels.aggregator.callback-base-url", "http://127.0.0.1:" + PORT)
            .with("relaypay.routing.controllers.aggregator.kind", "aggregator")
            .with("relaypay.routing.controllers.aggregator.cost", "flat 1000")
            .with("relaypay.routing.controllers.aggregator.carriers", "bluewave");

    @AfterAll
    static void stopNetwork() {
        network.close();
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aTextSentThroughTheAggregatorIsDeliveredAndItsReportArrivesOnTheInterchangesPort() {
        String id = server.bean(MessageSender.class)
                .send(new PhoneMessage("+4917612345672", "Via the aggregator", Purpose.NOTICE, "pay_gateway"));

        await().atMost(Duration.ofSeconds(30))
                .dontCatchUncaughtExceptions()
                .untilAsserted(() -> assertThat(network.phone("+4917612345672").inbox())
                        .filteredOn(m -> m.text().equals("Via the aggregator"))
                        .singleElement()
                        .extracting(ReceivedMessage::via)
                        .isEqualTo("json"));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(
                                server.admin().get("/admin/v1/messages/" + id).text("state"))
                        .isEqualTo("delivered"));
        assertThat(server.admin()
                        .get("/admin/v1/messages/" + id)
                        .json()
                        .get("routes")
                        .toString())
                .isEqualTo("[\"aggregator\",\"smsc-hub\"]");
    }

    @Test
    void aCallbackWithoutItsTokenIsRefusedBeforeItIsRead() {
        Http.Response refused = server.anonymous()
                .post("/callbacks/aggregator/dlr?id=msg_x", Map.of("id", "msg_1", "status", "delivered"));

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.problem()).isEqualTo("callback-unauthorized");
    }

    @Test
    void aCallbackForAChannelWithoutCallbacksIsUnknown() {
        Http.Response refused = server.anonymous().get("/callbacks/smsc-north/mo");

        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.problem()).isEqualTo("unknown-callback");
    }
}
