package io.relaypay.messaging.smpp.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relaypay.messaging.DeliveryStatus;
import io.relaypay.messaging.smpp.codec.Concatenation;
import io.relaypay.messaging.smpp.codec.SmppFormatException;
import io.relaypay.messaging.smpp.inbound.InboundDecoder.MoPart;
import io.relaypay.messaging.smpp.inbound.InboundDecoder.Receipt;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InboundDecoderTest {

    private static final Optional<String> PHONE = Optional.of("4915112345678");

    private static DeliverSmFields pdu(int esmClass, int dataCoding, byte[] sm, Map<Integer, byte[]> tlvs) {
        return new DeliverSmFields(esmClass, dataCoding, "4915112345678", "84444", sm, tlvs);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void receiptTlvsWinOverTheText() {
        var fields = pdu(
                0x04,
                0,
                ascii("id:999 stat:DELIVRD err:005"),
                Map.of(Tlv.RECEIPTED_MESSAGE_ID, ascii("1a2b\0"), Tlv.MESSAGE_STATE, new byte[] {5}));
        assertThat(InboundDecoder.decode(fields))
                .isEqualTo(
                        new Receipt("1a2b", DeliveryStatus.UNDELIVERABLE, Optional.of("005"), PHONE, Optional.empty()));
    }

    @Test
    void aDeliveredReceiptCarriesNoError() {
        var fields = pdu(
                0x04,
                0,
                ascii("id:1a2b stat:DELIVRD err:000"),
                Map.of(Tlv.RECEIPTED_MESSAGE_ID, ascii("1a2b\0"), Tlv.MESSAGE_STATE, new byte[] {2}));
        assertThat(InboundDecoder.decode(fields))
                .isEqualTo(new Receipt("1a2b", DeliveryStatus.DELIVERED, Optional.empty(), PHONE, Optional.empty()));
    }

    @Test
    void aReceiptWithoutTlvsIsReadFromItsText() {
        var fields = pdu(0x04, 0, ascii("id:42 sub:001 dlvrd:000 stat:EXPIRED err:0"), Map.of());
        assertThat(InboundDecoder.decode(fields))
                .isEqualTo(new Receipt("42", DeliveryStatus.EXPIRED, Optional.of("0"), PHONE, Optional.empty()));
    }

    @Test
    void aReceiptCarriesTheEchoedUserMessageReference() {
        var fields = pdu(
                0x04,
                0,
                ascii("id:42 sub:001 dlvrd:001 stat:DELIVRD err:000"),
                Map.of(Tlv.USER_MESSAGE_REFERENCE, new byte[] {(byte) 0xA4, 0x10}));
        assertThat(InboundDecoder.decode(fields))
                .isEqualTo(new Receipt("42", DeliveryStatus.DELIVERED, Optional.of("000"), PHONE, Optional.of(0xA410)));
    }

    @Test
    void aUserMessageReferenceOfTheWrongLengthIsRefused() {
        var fields = pdu(0x04, 0, ascii("id:42 stat:DELIVRD"), Map.of(Tlv.USER_MESSAGE_REFERENCE, new byte[] {1}));
        assertThatThrownBy(() -> InboundDecoder.decode(fields)).isInstanceOf(SmppFormatException.class);
    }

    @Test
    void aReceiptWithNeitherTlvsNorTextIsRefused() {
        assertThatThrownBy(() -> InboundDecoder.decode(pdu(0x04, 0, new byte[0], Map.of())))
                .isInstanceOf(SmppFormatException.class);
    }

    @Test
    void aPlainDeliverSmIsAnMoWithItsRawText() {
        MoPart mo = (MoPart) InboundDecoder.decode(pdu(0, 0, ascii("YES"), Map.of()));
        assertThat(mo.from()).isEqualTo("4915112345678");
        assertThat(mo.to()).isEqualTo("84444");
        assertThat(mo.text()).isEqualTo(ascii("YES"));
        assertThat(mo.concatenation()).isEmpty();
    }

    @Test
    void anMoPartIsReadFromItsHeaderOrFromSarTlvs() {
        byte[] withUdh = {0x05, 0x00, 0x03, 0x11, 0x02, 0x02, 0x41};
        MoPart udh = (MoPart) InboundDecoder.decode(pdu(0x40, 0, withUdh, Map.of()));
        assertThat(udh.concatenation()).contains(new Concatenation(0x11, 2, 2));
        assertThat(udh.text()).containsExactly(0x41);

        MoPart sar = (MoPart) InboundDecoder.decode(pdu(
                0,
                0,
                ascii("B"),
                Map.of(
                        Tlv.SAR_MSG_REF_NUM, new byte[] {0x01, 0x02},
                        Tlv.SAR_TOTAL_SEGMENTS, new byte[] {3},
                        Tlv.SAR_SEGMENT_SEQNUM, new byte[] {1})));
        assertThat(sar.concatenation()).contains(new Concatenation(0x0102, 3, 1));
    }

    @Test
    void incompleteSarTlvsAreRefused() {
        assertThatThrownBy(() -> InboundDecoder.decode(
                        pdu(0, 0, ascii("B"), Map.of(Tlv.SAR_MSG_REF_NUM, new byte[] {0x01, 0x02}))))
                .isInstanceOf(SmppFormatException.class)
                .hasMessageContaining("SAR");
    }

    @Test
    void anMoInABinaryCodingIsRefused() {
        assertThatThrownBy(() -> InboundDecoder.decode(pdu(0, 0x04, new byte[] {1, 2}, Map.of())))
                .isInstanceOf(SmppFormatException.class)
                .hasMessageContaining("data_coding");
    }
}
