package io.relaypay.messaging.smpp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relaypay.messaging.DeliveryStatus;
import io.relaypay.messaging.InboundEvent;
import io.relaypay.messaging.channel.InboundSink;
import io.relaypay.messaging.smpp.inbound.MoReassembler;
import io.relaypay.messaging.smpp.inbound.SubmittedIds;
import io.relaypay.messaging.smpp.inbound.Tlv;
import io.relaypay.testkit.TestClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.extra.ProcessRequestException;
import org.junit.jupiter.api.Test;

class DeliverSmListenerTest {

    private final TestClock clock = TestClock.standing();
    private final List<InboundEvent> events = new CopyOnWriteArrayList<>();
    private final SubmittedIds ids = new SubmittedIds(100);
    private final DeliverSmListener listener = listener(events::add);

    private DeliverSmListener listener(InboundSink sink) {
        var guarded = new GuardedSink("smsc-a", sink);
        var receipts = new ReceiptMatcher("smsc-a", ids, Duration.ofSeconds(2), clock, guarded::accept);
        return new DeliverSmListener(
                "smsc-a", guarded, receipts, new MoReassembler(Duration.ofMinutes(1), 10, clock), clock);
    }

    private static DeliverSm deliverSm(int esmClass, int dataCoding, byte[] sm, OptionalParameter... tlvs) {
        var pdu = new DeliverSm();
        pdu.setEsmClass((byte) esmClass);
        pdu.setDataCoding((byte) dataCoding);
        pdu.setSourceAddr("4915112345678");
        pdu.setDestAddress("84444");
        pdu.setShortMessage(sm);
        pdu.setOptionalParameters(tlvs);
        return pdu;
    }

    @Test
    void aReceiptReportsTheIdSubmitSmRespGave() throws ProcessRequestException {
        ids.remember("1A2B3C");
        listener.onAcceptDeliverSm(deliverSm(
                0x04, 0, "id:1715004 sub:001 dlvrd:001 stat:DELIVRD err:000".getBytes(StandardCharsets.US_ASCII)));
        assertThat(events).singleElement().isInstanceOfSatisfying(InboundEvent.DeliveryReport.class, report -> {
            assertThat(report.controllerMessageId()).isEqualTo("1A2B3C");
            assertThat(report.status()).isEqualTo(DeliveryStatus.DELIVERED);
            assertThat(report.channel()).isEqualTo("smsc-a");
        });
    }

    @Test
    void receiptTlvsAreReadThroughJsmpp() throws ProcessRequestException {
        ids.remember("77");
        listener.onAcceptDeliverSm(deliverSm(
                0x04,
                0,
                new byte[0],
                new OptionalParameter.COctetString((short) Tlv.RECEIPTED_MESSAGE_ID, "77"),
                new OptionalParameter.Byte((short) Tlv.MESSAGE_STATE, (byte) 5)));
        assertThat(events).singleElement().isInstanceOfSatisfying(InboundEvent.DeliveryReport.class, report -> {
            assertThat(report.controllerMessageId()).isEqualTo("77");
            assertThat(report.status()).isEqualTo(DeliveryStatus.UNDELIVERABLE);
        });
    }

    @Test
    void aBilledMoCarriesItsPriceAndTheCarriersIdThroughJsmpp() throws ProcessRequestException {
        listener.onAcceptDeliverSm(deliverSm(
                0,
                0,
                "DEPOSIT".getBytes(StandardCharsets.US_ASCII),
                new OptionalParameter.OctetString((short) Tlv.PREMIUM_PRICE, "499 EUR"),
                new OptionalParameter.OctetString((short) Tlv.PREMIUM_MO_ID, "1048576")));
        assertThat(events).singleElement().isInstanceOfSatisfying(InboundEvent.MobileOriginated.class, mo -> {
            assertThat(mo.premiumPrice()).contains(new io.relaypay.messaging.PremiumPrice(499, "EUR"));
            assertThat(mo.controllerMessageId()).isEqualTo("carrier:1048576");
            assertThat(mo.to()).isEqualTo("84444");
        });
    }

    @Test
    void aMalformedPriceIsRefusedSoTheSmscDeliversAgain() {
        assertThatThrownBy(() -> listener.onAcceptDeliverSm(deliverSm(
                        0,
                        0,
                        "DEPOSIT".getBytes(StandardCharsets.US_ASCII),
                        new OptionalParameter.OctetString((short) Tlv.PREMIUM_PRICE, "lots"))))
                .isInstanceOf(ProcessRequestException.class);
        assertThat(events).isEmpty();
    }

    @Test
    void aConcatenatedUcs2MoReachesTheSinkOnceWhole() throws ProcessRequestException {
        byte[] text = "Да 😀".getBytes(StandardCharsets.UTF_16BE); // 10 octets; split inside the surrogate pair
        listener.onAcceptDeliverSm(deliverSm(0x40, 0x08, concat(2, 2, text, 8, 10)));
        assertThat(events).isEmpty();
        listener.onAcceptDeliverSm(deliverSm(0x40, 0x08, concat(2, 1, text, 0, 8)));
        assertThat(events).singleElement().isInstanceOfSatisfying(InboundEvent.MobileOriginated.class, mo -> {
            assertThat(mo.text()).isEqualTo("Да 😀");
            assertThat(mo.from().e164()).isEqualTo("+4915112345678");
            assertThat(mo.to()).isEqualTo("84444");
        });
    }

    @Test
    void anUnreadableReceiptIsAnsweredWithAnErrorStatus() {
        assertThatThrownBy(() ->
                        listener.onAcceptDeliverSm(deliverSm(0x04, 0, "garbage".getBytes(StandardCharsets.US_ASCII))))
                .isInstanceOfSatisfying(
                        ProcessRequestException.class,
                        e -> assertThat(e.getErrorCode()).isEqualTo(0x65));
        assertThat(events).isEmpty();
    }

    @Test
    void anMoFromSomethingThatIsNotAPhoneIsAnsweredWithInvalidSourceAddress() {
        DeliverSm pdu = deliverSm(0, 0, new byte[] {0x41});
        pdu.setSourceAddr("12");
        assertThatThrownBy(() -> listener.onAcceptDeliverSm(pdu))
                .isInstanceOfSatisfying(
                        ProcessRequestException.class,
                        e -> assertThat(e.getErrorCode()).isEqualTo(0x0A));
    }

    @Test
    void aFailingSinkAsksTheSmscToRedeliverWithATemporaryError() {
        DeliverSmListener failing = listener(event -> {
            throw new IllegalStateException("sink down");
        });
        assertThatThrownBy(() -> failing.onAcceptDeliverSm(deliverSm(0, 0, new byte[] {0x41})))
                .isInstanceOfSatisfying(
                        ProcessRequestException.class,
                        e -> assertThat(e.getErrorCode()).isEqualTo(0x64));
    }

    private static byte[] concat(int total, int seq, byte[] text, int from, int to) {
        byte[] sm = new byte[6 + to - from];
        sm[0] = 5;
        sm[1] = 0;
        sm[2] = 3;
        sm[3] = 0x33;
        sm[4] = (byte) total;
        sm[5] = (byte) seq;
        System.arraycopy(text, from, sm, 6, to - from);
        return sm;
    }
}
