package io.relaypay.simulator.smsc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.relaypay.simulator.CarrierConfig;
import io.relaypay.simulator.CarrierNetwork;
import io.relaypay.simulator.SimulatorConfig;
import io.relaypay.simulator.SmscConfig;
import io.relaypay.simulator.SmscControl;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jsmpp.bean.DeliverSm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Queued deliver_sm after a (re)bind. jSMPP's client moves to a bound state only after its
 * bind_resp was handled, and answers a deliver_sm that beats that with a header-only
 * ESME_RINVBNDSTS. Awaitility's default await fails on any uncaught exception in any thread, so
 * these tests also fail if the SMSC's jSMPP server side throws while reading such an answer.
 */
class DeliveryAfterBindIT {

    private static final String PHONE = "+4915112345671";

    private CarrierNetwork network;

    private void start(SmscConfig.Builder smsc) {
        network = CarrierNetwork.start(SimulatorConfig.builder()
                .httpPort(0)
                .smtpPort(0)
                .carrier(new CarrierConfig("northwind", "EUR", List.of(99L), 30, List.of("+49151"), "sms.north.test"))
                .smsc(smsc.port(0).carriers("northwind").build())
                .phone(PHONE, "northwind")
                .redeliveryInterval(Duration.ofMillis(100))
                .build());
    }

    private SmscControl smsc() {
        return network.smsc("smsc-a");
    }

    private int port() {
        return network.smppPort("smsc-a");
    }

    @AfterEach
    void stop() {
        if (network != null) {
            network.close();
        }
    }

    @Test
    void mosQueuedWhileUnboundReachAJsmppClientAfterEachRebindWithoutErrors() throws Exception {
        start(SmscConfig.builder("smsc-a"));
        for (int round = 0; round < 10; round++) {
            String prefix = "round " + round + " ";
            for (int i = 0; i < 5; i++) {
                network.phone(PHONE).sendMo("84444", prefix + "mo " + i);
            }
            await().until(() -> smsc().queuedDeliveries() == 5);
            try (EsmeClient esme = EsmeClient.transceiver(port())) {
                await().atMost(Duration.ofSeconds(20)).until(() -> esme.mos().size() == 5);
                assertThat(esme.mos())
                        .map(DeliverSm::getShortMessage)
                        .map(b -> new String(b, StandardCharsets.US_ASCII))
                        .allMatch(text -> text.startsWith(prefix));
                await().until(() -> smsc().queuedDeliveries() == 0);
            }
            await().until(() -> smsc().boundSessions() == 0);
        }
    }

    @Test
    void firstRequestAfterTheBindReleasesQueuedDeliveriesBeforeTheSettleDelay() throws Exception {
        start(SmscConfig.builder("smsc-a").deliverySettleDelay(Duration.ofHours(1)));
        network.phone(PHONE).sendMo("84444", "QUEUED");
        await().until(() -> smsc().queuedDeliveries() == 1);

        try (EsmeClient esme = EsmeClient.transceiver(port())) {
            esme.submit("4915112345671", "hello");
            DeliverSm mo = await().until(esme::mos, m -> !m.isEmpty()).getFirst();
            assertThat(new String(mo.getShortMessage(), StandardCharsets.US_ASCII))
                    .isEqualTo("QUEUED");
        }
    }

    @Test
    void headerOnlyNegativeDeliverSmRespMeansRetryLater() throws Exception {
        // With an hour's settle delay only the enquire_link below lets the deliver_sm go.
        start(SmscConfig.builder("smsc-a").deliverySettleDelay(Duration.ofHours(1)));
        network.phone(PHONE).sendMo("84444", "HELLO");
        await().until(() -> smsc().queuedDeliveries() == 1);

        try (RawEsme esme = RawEsme.bindTransceiver(port(), "relaypay", "secret")) {
            esme.request(RawEsme.ENQUIRE_LINK);
            RawEsme.Pdu first = esme.nextDeliverSm();
            CompletableFuture<RawEsme.Pdu> retry = CompletableFuture.supplyAsync(() -> {
                try {
                    esme.answerHeaderOnly(first, RawEsme.ESME_RINVBNDSTS);
                    return esme.nextDeliverSm();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            RawEsme.Pdu second = await().atMost(Duration.ofSeconds(20)).until(retry::get, p -> p != null);
            assertThat(second.body()).isEqualTo(first.body());
            esme.answerOk(second);
            await().until(() -> smsc().queuedDeliveries() == 0);
            assertThat(smsc().deliveriesAcknowledged()).isEqualTo(1);
        }
    }
}
