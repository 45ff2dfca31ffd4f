package io.relaypay.simulator.smsc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.relaypay.simulator.IdFormat;
import io.relaypay.simulator.ReceivedMessage;
import io.relaypay.simulator.SmscConfig;
import java.nio.charset.StandardCharsets;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.extra.NegativeResponseException;
import org.junit.jupiter.api.Test;

/** The SMSC against a real jSMPP client over TCP. Submitting: delivery to the inbox, receipts and their ids, text decoding and concatenation. */
class SmscSubmitIT extends SmscFixture {
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
}
