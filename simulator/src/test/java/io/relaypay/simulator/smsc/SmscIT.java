package io.relaypay.simulator.smsc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.relaypay.simulator.CarrierConfig;
import io.relaypay.simulator.CarrierNetwork;
import io.relaypay.simulator.Charge;
import io.relaypay.simulator.IdFormat;
import io.relaypay.simulator.Phone;
import io.relaypay.simulator.PhoneConfig;
import io.relaypay.simulator.ReceivedMessage;
import io.relaypay.simulator.SimulatorConfig;
import io.relaypay.simulator.SmscConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.extra.NegativeResponseException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The SMSC against a real jSMPP client over TCP on loopback. */
class SmscIT {

    static final String NORTH_PHONE = "+4915112345671";
    static final String BARRED_PHONE = "+4915112345679";
    static final String BLUE_PHONE = "+4917612345671";

    private CarrierNetwork network;

    private CarrierNetwork start(SmscConfig.Builder smsc) {
        network = CarrierNetwork.start(SimulatorConfig.builder()
                .httpPort(0)
                .smtpPort(0)
                .carrier(new CarrierConfig(
                        "northwind", "EUR", List.of(99L, 199L), 30, List.of("+49151"), "sms.north.test"))
                .carrier(new CarrierConfig("bluewave", "EUR", List.of(99L), 35, List.of("+49176"), "sms.blue.test"))
                .smsc(smsc.port(0).carriers("northwind").build())
                .phone(NORTH_PHONE, "northwind")
                .phone(new PhoneConfig(BARRED_PHONE, "northwind", true))
                .phone(BLUE_PHONE, "bluewave")
                .redeliveryInterval(Duration.ofMillis(100))
                .build());
        return network;
    }

    private CarrierNetwork start() {
        return start(SmscConfig.builder("smsc-a"));
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
    void bindWithWrongPasswordIsRefusedWithInvalidPassword() {
        start();
        assertThatThrownBy(() -> EsmeClient.bind(port(), BindType.BIND_TRX, "relaypay", "wrong"))
                .isInstanceOf(IOException.class)
                .rootCause()
                .isInstanceOfSatisfying(
                        NegativeResponseException.class,
                        e -> assertThat(e.getCommandStatus()).isEqualTo(SmppStatus.ESME_RINVPASWD));
    }

    @Test
    void bindWithWrongSystemIdIsRefusedWithInvalidSystemId() {
        start();
        assertThatThrownBy(() -> EsmeClient.bind(port(), BindType.BIND_TRX, "someone", "secret"))
                .rootCause()
                .isInstanceOfSatisfying(
                        NegativeResponseException.class,
                        e -> assertThat(e.getCommandStatus()).isEqualTo(SmppStatus.ESME_RINVSYSID));
    }

    @Test
    void submittedMessageReachesTheInboxAndItsReceiptCarriesTheSameId() throws Exception {
        start();
        try (EsmeClient esme = EsmeClient.transceiver(port())) {
            String id = esme.submit("4915112345671", "Your code is 123456");

            assertThat(network.phone(NORTH_PHONE).inbox()).singleElement().satisfies(m -> {
                assertThat(m.text()).isEqualTo("Your code is 123456");
                assertThat(m.sender()).isEqualTo("84444");
                assertThat(m.via()).isEqualTo("smsc-a");
                assertThat(m.networkMessageId()).isEqualTo(id);
                assertThat(m.premium()).isFalse();
            });
            DeliverSm receipt = await().until(esme::receipts, r -> !r.isEmpty()).getFirst();
            String text = new String(receipt.getShortMessage(), StandardCharsets.US_ASCII);
            assertThat(text)
                    .startsWith("id:" + id + " sub:001 dlvrd:001 submit date:")
                    .contains(" stat:DELIVRD err:000 text:Your code is 123456");
            assertThat(receipt.getSourceAddr()).isEqualTo("4915112345671");
            assertThat(receipt.getDestAddress()).isEqualTo("84444");
            OptionalParameter.OctetString receiptedId = (OptionalParameter.OctetString)
                    receipt.getOptionalParameter(OptionalParameter.Tag.RECEIPTED_MESSAGE_ID);
            assertThat(receiptedId.getValueAsString()).isEqualTo(id);
            assertThat(network.smsc("smsc-a").submitsAccepted()).isEqualTo(1);
        }
    }

    @Test
    void receiptEchoesTheUserMessageReferenceOfTheSubmit() throws Exception {
        start();
        try (EsmeClient esme = EsmeClient.transceiver(port())) {
            esme.submit(
                    "4915112345671", "Your code is 123456", new OptionalParameter.User_message_reference((short) 4242));

            DeliverSm receipt = await().until(esme::receipts, r -> !r.isEmpty()).getFirst();
            OptionalParameter.Short reference = (OptionalParameter.Short)
                    receipt.getOptionalParameter(OptionalParameter.Tag.USER_MESSAGE_REFERENCE);
            assertThat(reference.getValue()).isEqualTo((short) 4242);
        }
    }

    @Test
    void hexResponseIdAndDecimalReceiptIdAreTheSameNumber() throws Exception {
        start(SmscConfig.builder("smsc-a").idFormats(IdFormat.HEX, IdFormat.DECIMAL));
        try (EsmeClient esme = EsmeClient.transceiver(port())) {
            String hexId = esme.submit("4915112345671", "hello");

            DeliverSm receipt = await().until(esme::receipts, r -> !r.isEmpty()).getFirst();
            String text = new String(receipt.getShortMessage(), StandardCharsets.US_ASCII);
            String decimalId = text.substring(3, text.indexOf(' '));
            assertThat(hexId).matches("[0-9A-F]+");
            assertThat(Long.parseLong(decimalId)).isEqualTo(Long.parseLong(hexId, 16));
        }
    }

    @Test
    void unknownOrUnreachableDestinationIsRefusedWithInvalidDestinationAddress() throws Exception {
        start();
        try (EsmeClient esme = EsmeClient.transceiver(port())) {
            assertThatThrownBy(() -> esme.submit("4915199999999", "nobody"))
                    .isInstanceOfSatisfying(
                            NegativeResponseException.class,
                            e -> assertThat(e.getCommandStatus()).isEqualTo(SmppStatus.ESME_RINVDSTADR));
            // bluewave is not reached by smsc-a
            assertThatThrownBy(() -> esme.submit("4917612345671", "other carrier"))
                    .isInstanceOfSatisfying(
                            NegativeResponseException.class,
                            e -> assertThat(e.getCommandStatus()).isEqualTo(SmppStatus.ESME_RINVDSTADR));
        }
    }

    @Test
    void concatenatedPartsInAnyOrderBecomeOneInboxMessageWithAReceiptPerPart() throws Exception {
        start();
        try (EsmeClient esme = EsmeClient.transceiver(port())) {
            ESMClass udhi = new ESMClass(0x40);
            byte[] part2 = concat(new byte[] {5, 0, 3, 42, 2, 2}, "world".getBytes(StandardCharsets.US_ASCII));
            byte[] part1 = concat(new byte[] {6, 8, 4, 0x12, 0x34, 2, 1}, "hello ".getBytes(StandardCharsets.US_ASCII));
            // The second part uses an 8-bit reference, the first a 16-bit one: different messages.
            String id2 = esme.submit("4915112345671", udhi, (byte) 0, part2);
            esme.submit("4915112345671", udhi, (byte) 0, part1);
            assertThat(network.phone(NORTH_PHONE).inbox()).isEmpty();

            byte[] part1Same = concat(new byte[] {5, 0, 3, 42, 2, 1}, "hello ".getBytes(StandardCharsets.US_ASCII));
            String id1 = esme.submit("4915112345671", udhi, (byte) 0, part1Same);

            assertThat(network.phone(NORTH_PHONE).inbox()).singleElement().satisfies(m -> {
                assertThat(m.text()).isEqualTo("hello world");
                assertThat(m.networkMessageId()).isEqualTo(id1);
            });
            assertThat(id1).isNotEqualTo(id2);
            await().until(() -> esme.receipts().size() == 3);
            assertThat(network.smsc("smsc-a").recentSubmits())
                    .extracting(r ->
                            r.partNumber().orElseThrow() + "/" + r.totalParts().orElseThrow())
                    .containsExactly("2/2", "1/2", "1/2");
            assertThat(network.smsc("smsc-a").recentSubmits().getLast().esmClass())
                    .isEqualTo(0x40);
        }
    }

    @Test
    void ucs2AndMessagePayloadAreDecoded() throws Exception {
        start();
        try (EsmeClient esme = EsmeClient.transceiver(port())) {
            esme.submit("4915112345671", new ESMClass(), (byte) 0x08, "Привет €".getBytes(StandardCharsets.UTF_16BE));
            esme.submit(
                    "4915112345671",
                    new ESMClass(),
                    (byte) 0x00,
                    new byte[0],
                    new OptionalParameter.Message_payload("payload text".getBytes(StandardCharsets.US_ASCII)));

            assertThat(network.phone(NORTH_PHONE).inbox())
                    .extracting(ReceivedMessage::text)
                    .containsExactly("Привет €", "payload text");
            assertThat(network.smsc("smsc-a").recentSubmits())
                    .extracting(r -> r.dataCoding())
                    .containsExactly(0x08, 0x00);
        }
    }

    @Test
    void undecodableTextIsRefusedWithSubmitFail() throws Exception {
        start();
        try (EsmeClient esme = EsmeClient.transceiver(port())) {
            assertThatThrownBy(() -> esme.submit("4915112345671", new ESMClass(), (byte) 0x08, new byte[] {0, 0x41, 0}))
                    .isInstanceOfSatisfying(
                            NegativeResponseException.class,
                            e -> assertThat(e.getCommandStatus()).isEqualTo(SmppStatus.ESME_RSUBMITFAIL));
            assertThatThrownBy(() -> esme.submit("4915112345671", new ESMClass(0x40), (byte) 0, new byte[] {9, 0, 3}))
                    .isInstanceOfSatisfying(
                            NegativeResponseException.class,
                            e -> assertThat(e.getCommandStatus()).isEqualTo(SmppStatus.ESME_RSUBMITFAIL));
        }
    }

    @Test
    void premiumMessageIsChargedAndTheCarrierKeepsItsShare() throws Exception {
        start();
        try (EsmeClient esme = EsmeClient.transceiver(port())) {
            String id = esme.submit("4915112345671", "Thanks for your deposit", premium("199 EUR"));

            Phone phone = network.phone(NORTH_PHONE);
            assertThat(phone.inbox().getFirst().premiumPriceMinor()).contains(199L);
            assertThat(phone.inbox().getFirst().currency()).contains("EUR");
            assertThat(phone.bill()).singleElement().satisfies(charge -> {
                assertThat(charge.amountMinor()).isEqualTo(199);
                assertThat(charge.carrierShareMinor()).isEqualTo(60);
                assertThat(charge.shortCode()).isEqualTo("84444");
                assertThat(charge.networkMessageId()).isEqualTo(id);
            });
            assertThat(network.carriers().revenue("northwind").payableMinor()).isEqualTo(139);
            assertThat(network.carriers().charges("northwind"))
                    .extracting(Charge::amountMinor)
                    .containsExactly(199L);
        }
    }

    @Test
    void priceThatIsNotAPricePointIsRefusedWithInvalidOptionalParameterValue() throws Exception {
        start();
        try (EsmeClient esme = EsmeClient.transceiver(port())) {
            for (String wire : List.of("250 EUR", "199 USD", "lots", "")) {
                assertThatThrownBy(() -> esme.submit("4915112345671", "x", premium(wire)))
                        .as(wire)
                        .isInstanceOfSatisfying(
                                NegativeResponseException.class,
                                e -> assertThat(e.getCommandStatus()).isEqualTo(SmppStatus.ESME_RINVOPTPARAMVAL));
            }
            assertThat(network.phone(NORTH_PHONE).bill()).isEmpty();
        }
    }

    @Test
    void premiumToABarredPhoneIsRejectedInTheReceiptAndNotCharged() throws Exception {
        start();
        try (EsmeClient esme = EsmeClient.transceiver(port())) {
            esme.submit("4915112345679", "Premium", premium("99 EUR"));

            DeliverSm receipt = await().until(esme::receipts, r -> !r.isEmpty()).getFirst();
            assertThat(new String(receipt.getShortMessage(), StandardCharsets.US_ASCII))
                    .contains("dlvrd:000")
                    .contains("stat:REJECTD err:069");
            assertThat(network.phone(BARRED_PHONE).inbox()).isEmpty();
            assertThat(network.phone(BARRED_PHONE).bill()).isEmpty();
        }
    }

    @Test
    void moFromAPhoneArrivesAsDeliverSm() throws Exception {
        start();
        try (EsmeClient esme = EsmeClient.transceiver(port())) {
            network.phone(NORTH_PHONE).sendMo("84444", "YES 123456");

            DeliverSm mo = await().until(esme::mos, m -> !m.isEmpty()).getFirst();
            assertThat(mo.getSourceAddr()).isEqualTo("4915112345671");
            assertThat(mo.getSourceAddrTon()).isEqualTo((byte) 0x01);
            assertThat(mo.getDestAddress()).isEqualTo("84444");
            assertThat(mo.getDataCoding()).isEqualTo((byte) 0x00);
            assertThat(new String(mo.getShortMessage(), StandardCharsets.US_ASCII))
                    .isEqualTo("YES 123456");
        }
    }

    @Test
    void longNonGsmMoIsSplitIntoUcs2PartsWithAConcatenationHeader() throws Exception {
        start();
        try (EsmeClient esme = EsmeClient.transceiver(port())) {
            String text = "Ответ ".repeat(20); // 120 UCS-2 units: two parts of at most 67
            network.phone(NORTH_PHONE).sendMo("84444", text);

            List<DeliverSm> parts = await().until(esme::mos, m -> m.size() == 2);
            StringBuilder joined = new StringBuilder();
            for (int seq = 1; seq <= 2; seq++) {
                int wanted = seq;
                DeliverSm part = parts.stream()
                        .filter(p -> p.getShortMessage()[5] == wanted)
                        .findFirst()
                        .orElseThrow();
                assertThat(part.getEsmClass() & 0x40).isEqualTo(0x40);
                assertThat(part.getDataCoding()).isEqualTo((byte) 0x08);
                byte[] sm = part.getShortMessage();
                assertThat(sm[4]).isEqualTo((byte) 2);
                joined.append(new String(sm, 6, sm.length - 6, StandardCharsets.UTF_16BE));
            }
            assertThat(joined.toString()).isEqualTo(text);
        }
    }

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
    void refusedBindsAnswerBindFailUntilAllowedAgain() throws Exception {
        start();
        network.smsc("smsc-a").refuseBinds(true);
        assertThatThrownBy(() -> EsmeClient.transceiver(port()))
                .rootCause()
                .isInstanceOfSatisfying(
                        NegativeResponseException.class,
                        e -> assertThat(e.getCommandStatus()).isEqualTo(SmppStatus.ESME_RBINDFAIL));
        network.smsc("smsc-a").refuseBinds(false);
        try (EsmeClient esme = EsmeClient.transceiver(port())) {
            assertThat(esme.session.getSessionState().isBound()).isTrue();
            await().until(() -> network.smsc("smsc-a").boundSessions() == 1);
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

    @Test
    void sarTlvsAlsoConcatenate() throws Exception {
        start();
        try (EsmeClient esme = EsmeClient.transceiver(port())) {
            for (int seq : new int[] {2, 1}) {
                esme.submit(
                        "4915112345671",
                        new ESMClass(),
                        (byte) 0,
                        (seq == 1 ? "first " : "second").getBytes(StandardCharsets.US_ASCII),
                        org.jsmpp.bean.OptionalParameters.newSarMsgRefNum((short) 300),
                        org.jsmpp.bean.OptionalParameters.newSarTotalSegments(2),
                        org.jsmpp.bean.OptionalParameters.newSarSegmentSeqnum(seq));
            }
            assertThat(network.phone(NORTH_PHONE).inbox())
                    .extracting(ReceivedMessage::text)
                    .containsExactly("first second");
        }
    }

    private static OptionalParameter premium(String wire) {
        return new OptionalParameter.OctetString((short) 0x1401, wire.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
