package io.relaypay.interchange.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.relaypay.interchange.messages.PhoneMessage.Purpose;
import io.relaypay.interchange.support.RunningInterchange;
import io.relaypay.routing.graph.CircuitState;
import io.relaypay.simulator.CarrierNetwork;
import io.relaypay.simulator.ReceivedMessage;
import io.relaypay.simulator.SimulatorConfig;
import java.time.Duration;
import java.util.List;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * Controller health drives routing: an SMSC that keeps failing opens its circuit and traffic takes
 * the fallback; a lost bind opens it until the bind is back, and a message queued meanwhile is
 * delivered then.
 */
class ControllerFailoverIT {

    static final CarrierNetwork network =
            CarrierNetwork.start(SimulatorConfig.defaults().withEphemeralPorts());

    @RegisterExtension
    static final RunningInterchange server = new RunningInterchange()
            .with("relaypay.channels.smsc-north.port", network.smppPort("smsc-north"))
            .with("relaypay.channels.smsc-hub.port", network.smppPort("smsc-hub"))
            .with("relaypay.channels.smsc-hub.reconnect-initial-delay", "100ms")
            .with("relaypay.channels.smsc-hub.reconnect-max-delay", "500ms")
            .with("relaypay.channels.smsc-north.throttle-retry-after", "100ms")
            .with("relaypay.messaging.outbox.first-backoff", "100ms")
            .with("relaypay.messaging.outbox.max-backoff", "500ms")
            .with("relaypay.messaging.outbox.max-attempts-per-route", 3)
            .with("relaypay.routing.breaker.minimum-outcomes", 2)
            .with("relaypay.routing.breaker.error-permille", 500)
            .with("relaypay.routing.breaker.cooldown", "10m");

    @BeforeAll
    static void bound() {
        eventually()
                .until(() -> network.smsc("smsc-north").boundSessions() > 0
                        && network.smsc("smsc-hub").boundSessions() > 0);
    }

    @AfterAll
    static void stopNetwork() {
        network.close();
    }

    static ConditionFactory eventually() {
        return await().atMost(Duration.ofSeconds(30)).dontCatchUncaughtExceptions();
    }

    static String send(String phone, String text) {
        return server.bean(MessageSender.class).send(new PhoneMessage(phone, text, Purpose.NOTICE, "pay_failover"));
    }

    static CircuitState circuit(String controller) {
        return server.bean(ControllerHealth.class).states().get(controller);
    }

    static List<ReceivedMessage> inbox(String phone, String text) {
        return network.phone(phone).inbox().stream()
                .filter(m -> m.text().equals(text))
                .toList();
    }

    static JsonNode message(String id) {
        return server.admin().get("/admin/v1/messages/" + id).json();
    }

    @Test
    void aThrottlingSmscOpensItsCircuitAndTheNextMessageTakesTheFallbackRoute() {
        String phone = "+4915112345673";
        network.smsc("smsc-north").throttle(true);
        try {
            String first = send(phone, "first while north throttles");

            eventually().until(() -> circuit("smsc-north") == CircuitState.OPEN);
            eventually()
                    .untilAsserted(() -> assertThat(inbox(phone, "first while north throttles"))
                            .singleElement()
                            .extracting(ReceivedMessage::via)
                            .isEqualTo("smsc-hub"));
            assertThat(message(first).get("routes").toString()).isEqualTo("[\"smsc-north\",\"smsc-hub\"]");

            String next = send(phone, "next after the circuit opened");

            assertThat(message(next).get("routes").toString()).isEqualTo("[\"smsc-hub\"]");
            eventually()
                    .untilAsserted(() -> assertThat(inbox(phone, "next after the circuit opened"))
                            .singleElement()
                            .extracting(ReceivedMessage::via)
                            .isEqualTo("smsc-hub"));
            eventually()
                    .untilAsserted(() -> assertThat(message(next).get("sent_routes"))
                            .singleElement()
                            .satisfies(sent -> {
                                assertThat(sent.get("controllers").toString()).isEqualTo("[\"smsc-hub\"]");
                                assertThat(sent.get("carrier").asString()).isEqualTo("northwind");
                            }));
        } finally {
            network.smsc("smsc-north").throttle(false);
        }
    }

    @Test
    void aLostBindOpensTheCircuitAndAMessageQueuedMeanwhileIsDeliveredWhenItIsBack() {
        String phone = "+4917612345672";
        network.smsc("smsc-hub").refuseBinds(true);
        network.smsc("smsc-hub").dropBinds();
        String queued;
        try {
            eventually().until(() -> circuit("smsc-hub") == CircuitState.OPEN);

            // Every route to bluewave is down: the outbox keeps it until one is back.
            queued = send(phone, "sent while the hub is down");
        } finally {
            network.smsc("smsc-hub").refuseBinds(false);
        }

        eventually()
                .untilAsserted(() -> assertThat(inbox(phone, "sent while the hub is down"))
                        .singleElement()
                        .extracting(ReceivedMessage::via)
                        .isEqualTo("smsc-hub"));
        eventually().until(() -> circuit("smsc-hub") == CircuitState.CLOSED);
        assertThat(message(queued).get("routes").toString()).isEqualTo("[\"smsc-hub\"]");
    }
}
