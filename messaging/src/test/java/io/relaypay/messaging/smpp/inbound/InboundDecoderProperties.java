package io.relaypay.messaging.smpp.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.messaging.smpp.codec.SmppFormatException;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** SMPP field decoding of deliver_sm: random fields are read or refused, never anything else. */
class InboundDecoderProperties {

    @Property(tries = 5000)
    void randomDeliverSmFieldsDecodeOrFailWithTheDocumentedException(@ForAll("deliverSms") DeliverSmFields pdu) {
        try {
            assertThat(InboundDecoder.decode(pdu)).isNotNull();
        } catch (SmppFormatException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    @Provide
    Arbitrary<DeliverSmFields> deliverSms() {
        Arbitrary<Integer> esm = Arbitraries.oneOf(
                Arbitraries.of(0x00, 0x04, 0x08, 0x20, 0x40, 0x44, 0x3C),
                Arbitraries.integers().between(0, 255));
        Arbitrary<Integer> codings = Arbitraries.of(0x00, 0x01, 0x03, 0x04, 0x08, 0xF0, 0x18, 0xFF);
        Arbitrary<byte[]> bytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(50);
        Arbitrary<byte[]> receiptish = Arbitraries.of("id:1 stat:DELIVRD", "id: stat:", "stat:ENROUTE", "id:9 stat:X")
                .map(String::getBytes);
        Arbitrary<Integer> tags = Arbitraries.of(
                Tlv.RECEIPTED_MESSAGE_ID,
                Tlv.MESSAGE_STATE,
                Tlv.NETWORK_ERROR_CODE,
                Tlv.SAR_MSG_REF_NUM,
                Tlv.SAR_TOTAL_SEGMENTS,
                Tlv.SAR_SEGMENT_SEQNUM,
                Tlv.MESSAGE_PAYLOAD);
        Arbitrary<byte[]> tlvValues = Arbitraries.bytes().array(byte[].class).ofMaxSize(6);
        Arbitrary<Map<Integer, byte[]>> tlvMaps =
                Arbitraries.maps(tags, tlvValues).ofMaxSize(5);
        return esm.flatMap(e -> codings.flatMap(dc -> Arbitraries.oneOf(bytes, receiptish)
                .flatMap(sm -> tlvMaps.map(tlvs -> new DeliverSmFields(e, dc, "4915112345678", "84444", sm, tlvs)))));
    }
}
