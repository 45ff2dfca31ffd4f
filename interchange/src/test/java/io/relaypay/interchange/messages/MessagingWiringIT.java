package io.relaypay.interchange.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.relaypay.interchange.messages.PhoneMessage.Purpose;
import io.relaypay.interchange.support.Http;
import io.relaypay.interchange.support.RunningInterchange;
import io.relaypay.messaging.InboundEvent;
import io.relaypay.messaging.PhoneNumber;
import io.relaypay.simulator.CarrierNetwork;
import io.relaypay.simulator.ReceivedMessage;
import io.relaypay.simulator.SimulatorConfig;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * The interchange wired to the carrier simulator over real SMPP: texts reach phones by least cost
 * with their route and cost recorded and reported, and MO texts reach the reply listeners once.
 */
class MessagingWiringIT {

    static final String NORTHWIND_PHONE = "+4915112345671";
    static final String BLUEWAVE_PHONE = "+4917612345671";
    static final String REPLYING_PHONE = "+4915112345672";

    static final CarrierNetwork network =
            CarrierNetwork.start(SimulatorConfig.defaults().withEphemeralPorts());
    static final RecordingReplyListener confirmations =
            new RecordingReplyListener(1, r -> r.text().startsWith("YES"), false);
    static final RecordingReplyListener everything = new RecordingReplyListener(2, r -> true, true);

    @RegisterExtension
    static final RunningInterchange server = new RunningInterchange()
            .with("relaypay.channels.smsc-north.port", network.smppPort("smsc-north"))
            .with("relaypay.channels.smsc-hub.port", network.smppPort("smsc-hub"))
            .withBean("confirmationReplies", confirmations)
            .withBean("otherReplies", everything);

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
        return server.bean(MessageSender.class).send(new PhoneMessage(phone, text, Purpose.CONFIRMATION, "pay_test"));
    }

    static List<ReceivedMessage> inbox(String phone, String text) {
        return network.phone(phone).inbox().stream()
                .filter(m -> m.text().equals(text))
                .toList();
    }

    static JsonNode message(String id) {
        Http.Response response = server.admin().get("/admin/v1/messages/" + id);
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }

    @Test
    void aTextReachesANorthwindPhoneOverTheCheapestSmscAndIsDelivered() {
        String id = send(NORTHWIND_PHONE, "Your Relaypay code is 4711");

        eventually()
                .untilAsserted(() -> assertThat(inbox(NORTHWIND_PHONE, "Your Relaypay code is 4711"))
                        .singleElement()
                        .satisfies(m -> {
                            assertThat(m.via()).isEqualTo("smsc-north");
                            assertThat(m.sender()).isEqualTo("84444");
                        }));
        eventually()
                .untilAsserted(
                        () -> assertThat(message(id).get("state").asString()).isEqualTo("delivered"));
        JsonNode message = message(id);
        assertThat(message.get("routes").toString()).isEqualTo("[\"smsc-north\",\"smsc-hub\"]");
        assertThat(message.get("sent_routes")).singleElement().satisfies(sent -> {
            assertThat(sent.get("controllers").toString()).isEqualTo("[\"smsc-north\"]");
            assertThat(sent.get("carrier").asString()).isEqualTo("northwind");
            assertThat(sent.get("cost_micros").asLong()).isEqualTo(3500);
        });
        assertThat(message.get("correlation").get("correlation").asString()).isEqualTo("pay_test");
        assertThat(message.has("text")).isFalse();
    }

    @Test
    void aBluewavePhoneIsReachedOnlyThroughTheHub() {
        String id = send(BLUEWAVE_PHONE, "Payment of 4.99 EUR received");

        eventually()
                .untilAsserted(() -> assertThat(inbox(BLUEWAVE_PHONE, "Payment of 4.99 EUR received"))
                        .singleElement()
                        .extracting(ReceivedMessage::via)
                        .isEqualTo("smsc-hub"));
        eventually()
                .untilAsserted(() -> assertThat(message(id).get("sent_routes"))
                        .singleElement()
                        .satisfies(sent ->
                                assertThat(sent.get("cost_micros").asLong()).isEqualTo(6000)));
        assertThat(message(id).get("routes").toString()).isEqualTo("[\"smsc-hub\"]");
    }

    @Test
    void theCostReportCountsEachSentMessageForItsControllerAndCarrier() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String range = "?from=" + today.minusDays(1) + "&to=" + today.plusDays(1);
        JsonNode before =
                server.admin().get("/admin/v1/reports/routing-costs" + range).json();

        String id = send(NORTHWIND_PHONE, "Report me");
        eventually()
                .untilAsserted(() -> assertThat(message(id).get("sent_routes")).hasSize(1));
        JsonNode after =
                server.admin().get("/admin/v1/reports/routing-costs" + range).json();

        assertThat(total(after, "controllers", "controller", "smsc-north", "messages")
                        - total(before, "controllers", "controller", "smsc-north", "messages"))
                .isEqualTo(1);
        assertThat(total(after, "controllers", "controller", "smsc-north", "cost_micros")
                        - total(before, "controllers", "controller", "smsc-north", "cost_micros"))
                .isEqualTo(3500);
        assertThat(total(after, "carriers", "carrier", "northwind", "messages")
                        - total(before, "carriers", "carrier", "northwind", "messages"))
                .isEqualTo(1);
        assertThat(after.get("total").get("messages").asLong()
                        - before.get("total").get("messages").asLong())
                .isEqualTo(1);
    }

    static long total(JsonNode report, String table, String key, String name, String field) {
        long sum = 0;
        for (JsonNode cell : report.get(table)) {
            if (cell.get(key).asString().equals(name)) {
                sum += cell.get(field).asLong();
            }
        }
        return sum;
    }

    @Test
    void aReportWithDatesOutOfOrderIsRefused() {
        Http.Response response = server.admin().get("/admin/v1/reports/routing-costs?from=2026-05-02&to=2026-05-01");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.problem()).isEqualTo("invalid-request");
        assertThat(response.text("param")).isEqualTo("to");
    }

    @Test
    void aNumberNoCarrierServesHasNoRouteAndTheRefusalExplainsWhy() {
        assertThatThrownBy(() -> send("+33612345678", "Bonjour"))
                .isInstanceOf(MessageSender.NoRouteException.class)
                .hasMessageContaining("carrier unknown")
                .hasMessageContaining("no route");
    }

    @Test
    void anUnknownMessageIsNotFound() {
        assertThat(server.admin().get("/admin/v1/messages/msg_nothing").problem())
                .isEqualTo("not-found");
        assertThat(server.admin()
                        .get("/admin/v1/messages/msg_0190a0a0-0000-7000-8000-000000000000")
                        .problem())
                .isEqualTo("not-found");
    }

    @Test
    void anMoFromAPhoneReachesTheFirstListenerThatTakesIt() {
        network.phone(REPLYING_PHONE).sendMo("84444", "YES 4711");

        eventually()
                .untilAsserted(() -> assertThat(confirmations.asked("YES 4711"))
                        .singleElement()
                        .satisfies(reply -> {
                            assertThat(reply.from()).isEqualTo(REPLYING_PHONE);
                            assertThat(reply.to()).isEqualTo("84444");
                            assertThat(reply.channel()).isEqualTo("smsc-north");
                        }));
        assertThat(everything.asked("YES 4711")).isEmpty();
    }

    @Test
    void anMoTheFirstListenerDeclinesGoesToTheNext() {
        network.phone(REPLYING_PHONE).sendMo("84444", "STOP");

        eventually().untilAsserted(() -> assertThat(everything.asked("STOP")).hasSize(1));
        assertThat(confirmations.asked("STOP")).hasSize(1);
    }

    @Test
    void anMoWhoseListenerFailsIsDeliveredAgainAndHandledOnce() {
        network.phone(REPLYING_PHONE).sendMo("84444", "FLAKY 1");

        eventually().untilAsserted(() -> assertThat(everything.asked("FLAKY 1")).hasSize(2));
        eventually().until(() -> network.smsc("smsc-north").queuedDeliveries() == 0);
        assertThat(everything.asked("FLAKY 1")).hasSize(2);
    }

    @Test
    void aRedeliveredSmppMoIsHandledOnce() {
        InboundRouter sink = server.bean(InboundRouter.class);
        Instant now = Instant.now();
        // SMPP gives MOs no id: the converter makes a new one for each delivery of the same MO.
        sink.accept(new InboundEvent.MobileOriginated(
                "smsc-north", PhoneNumber.of(REPLYING_PHONE), "84444", "YES twice", "mo_first", now));
        sink.accept(new InboundEvent.MobileOriginated(
                "smsc-north", PhoneNumber.of(REPLYING_PHONE), "84444", "YES twice", "mo_second", now.plusSeconds(2)));

        assertThat(confirmations.asked("YES twice")).hasSize(1);
    }
}
