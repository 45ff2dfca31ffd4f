package io.relaypay.simulator.smsc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.relaypay.simulator.IdFormat;
import io.relaypay.simulator.SmscConfig;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.extra.NegativeResponseException;
import org.junit.jupiter.api.Test;

/** The SMSC against a real jSMPP client over TCP. Injected faults: throttling, rejects, bind drops, receipt delays and id formats. */
class SmscFaultsIT extends SmscFixture {
    @Test
    void throttleAnswersEverySubmitWithThrottled() throws Exception {
        start();
        try (EsmeClient esme = EsmeClient.transceiver(port())) {
            network.smsc("smsc-a").throttle(true);
            assertThatThrownBy(() -> esme.submit("4915112345671", "x"))
                    .isInstanceOfSatisfying(
                            NegativeResponseException.class,
                            e -> assertThat(e.getCommandStatus()).isEqualTo(SmppStatus.ESME_RTHROTTLED));
            network.smsc("smsc-a").throttle(false);
            assertThat(esme.submit("4915112345671", "y")).isNotBlank();
        }
    }

    @Test
    void throughputLimitThrottlesABurst() throws Exception {
        start(SmscConfig.builder("smsc-a").maxSubmitsPerSecond(2));
        try (EsmeClient esme = EsmeClient.transceiver(port())) {
            int throttled = 0;
            for (int i = 0; i < 10; i++) {
                try {
                    esme.submit("4915112345671", "burst " + i);
                } catch (NegativeResponseException e) {
                    assertThat(e.getCommandStatus()).isEqualTo(SmppStatus.ESME_RTHROTTLED);
                    throttled++;
                }
            }
            assertThat(throttled).isPositive();
        }
    }

    @Test
    void rejectNextAnswersTheGivenStatusThenRecovers() throws Exception {
        start();
        try (EsmeClient esme = EsmeClient.transceiver(port())) {
            network.smsc("smsc-a").rejectNext(2, 0x14);
            for (int i = 0; i < 2; i++) {
                assertThatThrownBy(() -> esme.submit("4915112345671", "x"))
                        .isInstanceOfSatisfying(
                                NegativeResponseException.class,
                                e -> assertThat(e.getCommandStatus()).isEqualTo(0x14));
            }
            assertThat(esme.submit("4915112345671", "third")).isNotBlank();
            assertThat(network.smsc("smsc-a").submitsRejected()).isEqualTo(2);
        }
    }

    @Test
    void receiptsAndMosWaitForABindAndArriveAfterABindDrop() throws Exception {
        start(SmscConfig.builder("smsc-a").dlrDelay(Duration.ofMillis(300)));
        String id;
        try (EsmeClient esme = EsmeClient.bind(port(), BindType.BIND_TX, "relaypay", "secret")) {
            id = esme.submit("4915112345671", "while nobody listens");
            network.smsc("smsc-a").dropBinds();
            await().until(() -> network.smsc("smsc-a").boundSessions() == 0);
        }
        network.phone(NORTH_PHONE).sendMo("84444", "STOP");
        await().until(() -> network.smsc("smsc-a").queuedDeliveries() == 2);

        try (EsmeClient receiver = EsmeClient.bind(port(), BindType.BIND_RX, "relaypay", "secret")) {
            await().until(() -> receiver.received.size() == 2);
            assertThat(new String(receiver.receipts().getFirst().getShortMessage(), StandardCharsets.US_ASCII))
                    .startsWith("id:" + id + " ");
            assertThat(new String(receiver.mos().getFirst().getShortMessage(), StandardCharsets.US_ASCII))
                    .isEqualTo("STOP");
            await().until(() -> network.smsc("smsc-a").queuedDeliveries() == 0);
        }
    }

    @Test
    void droppedReceiptsAreNeverSent() throws Exception {
        start();
        try (EsmeClient esme = EsmeClient.transceiver(port())) {
            network.smsc("smsc-a").dropReceipts(true);
            esme.submit("4915112345671", "no receipt");
            network.smsc("smsc-a").dropReceipts(false);
            String id = esme.submit("4915112345671", "with receipt");

            DeliverSm receipt = await().until(esme::receipts, r -> !r.isEmpty()).getFirst();
            assertThat(new String(receipt.getShortMessage(), StandardCharsets.US_ASCII))
                    .startsWith("id:" + id + " ");
            await().until(() -> network.smsc("smsc-a").queuedDeliveries() == 0);
            assertThat(esme.receipts()).hasSize(1);
        }
    }

    @Test
    void delayedReceiptsWaitInTheQueue() throws Exception {
        start(SmscConfig.builder("smsc-a").latency(Duration.ofMillis(20)));
        try (EsmeClient esme = EsmeClient.transceiver(port())) {
            network.smsc("smsc-a").delayReceipts(Duration.ofHours(1));
            esme.submit("4915112345671", "later");

            await().until(() -> network.smsc("smsc-a").queuedDeliveries() == 1);
            assertThat(esme.receipts()).isEmpty();
        }
    }

    @Test
    void idFormatsCanChangeWhileRunning() throws Exception {
        start();
        try (EsmeClient esme = EsmeClient.transceiver(port())) {
            network.smsc("smsc-a").idFormats(IdFormat.HEX, IdFormat.HEX);
            String id = esme.submit("4915112345671", "hex please");

            DeliverSm receipt = await().until(esme::receipts, r -> !r.isEmpty()).getFirst();
            assertThat(id)
                    .matches("[0-9A-F]+")
                    .isEqualTo(Long.toHexString(Long.parseLong(id, 16)).toUpperCase());
            assertThat(new String(receipt.getShortMessage(), StandardCharsets.US_ASCII))
                    .startsWith("id:" + id + " ");
        }
    }
}
