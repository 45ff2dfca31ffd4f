package io.relaypay.messaging.smpp;

import io.relaypay.messaging.InboundEvent;
import io.relaypay.messaging.InvalidMessageException;
import io.relaypay.messaging.MessageId;
import io.relaypay.messaging.PhoneNumber;
import io.relaypay.messaging.channel.InboundSink;
import io.relaypay.messaging.smpp.codec.SmppFormatException;
import io.relaypay.messaging.smpp.codec.TextDecoder;
import io.relaypay.messaging.smpp.inbound.DeliverSmFields;
import io.relaypay.messaging.smpp.inbound.InboundDecoder;
import io.relaypay.messaging.smpp.inbound.InboundDecoder.MoPart;
import io.relaypay.messaging.smpp.inbound.InboundDecoder.Receipt;
import io.relaypay.messaging.smpp.inbound.MoReassembler;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns received deliver_sm into inbound events: receipts into {@link InboundEvent.DeliveryReport}
 * with the id matched to the one submit_sm_resp gave, MOs (joined when concatenated) into {@link
 * InboundEvent.MobileOriginated}. A PDU we cannot read is answered with an error status (jSMPP sends
 * the deliver_sm_resp from the {@link ProcessRequestException}) and the session goes on. The sink
 * given is a {@link GuardedSink}: when the consumer fails, the deliver_sm is answered {@code
 * ESME_RX_T_APPN} (temporary application error), so the SMSC delivers it again.
 */
final class DeliverSmListener implements MessageReceiverListener {
    private static final Logger log = LoggerFactory.getLogger(DeliverSmListener.class);
    /** SMPP 3.4 ESME_RX_T_APPN: the ESME cannot take the message now; the SMSC should retry. */
    private static final int ESME_RX_T_APPN = 0x64;

    private final String channel;
    private final InboundSink sink;
    private final ReceiptMatcher receipts;
    private final MoReassembler reassembler;
    private final Clock clock;

    DeliverSmListener(
            String channel, InboundSink sink, ReceiptMatcher receipts, MoReassembler reassembler, Clock clock) {
        this.channel = channel;
        this.sink = sink;
        this.receipts = receipts;
        this.reassembler = reassembler;
        this.clock = clock;
    }

    @Override
    public void onAcceptDeliverSm(DeliverSm deliverSm) throws ProcessRequestException {
        try {
            accept(fields(deliverSm));
        } catch (SmppFormatException e) {
            log.warn(
                    "Refusing deliver_sm channel={} from={} seq={}: {}",
                    channel,
                    deliverSm.getSourceAddr(),
                    deliverSm.getSequenceNumber(),
                    e.getMessage());
            throw new ProcessRequestException(e.getMessage(), e.commandStatus());
        } catch (GuardedSink.SinkFailure e) {
            throw new ProcessRequestException("event not stored, deliver again", ESME_RX_T_APPN);
        }
    }

    /** Reads one deliver_sm's fields and hands the event, if complete, to the sink. */
    void accept(DeliverSmFields fields) {
        switch (InboundDecoder.decode(fields)) {
            case Receipt receipt -> receipts.receipt(receipt);
            case MoPart part -> reassembler.add(part).ifPresent(whole -> sink.accept(mobileOriginated(whole)));
        }
    }

    private InboundEvent.MobileOriginated mobileOriginated(MoPart whole) {
        PhoneNumber from;
        try {
            from = PhoneNumber.of(whole.from());
        } catch (InvalidMessageException e) {
            throw new SmppFormatException("MO source is not a phone number: " + e.getMessage(), 0x0A);
        }
        String text = TextDecoder.decode(whole.dataCoding(), whole.text(), 0, whole.text().length);
        // SMPP gives an MO no id of its own; ours lets the interchange tell redeliveries apart in logs.
        // A billed MO carries the carrier's id, which stays the same on redelivery.
        String id = whole.carrierId()
                .map(carrierId -> "carrier:" + carrierId)
                .orElseGet(() -> "mo_" + MessageId.newId().value());
        return new InboundEvent.MobileOriginated(
                channel, from, whole.to(), text, id, clock.instant(), whole.premiumPrice());
    }

    static DeliverSmFields fields(DeliverSm pdu) {
        Map<Integer, byte[]> tlvs = new HashMap<>();
        OptionalParameter[] parameters = pdu.getOptionalParameters();
        if (parameters != null) {
            for (OptionalParameter parameter : parameters) {
                byte[] serialized = parameter.serialize();
                // serialize() writes tag (2 octets), length (2 octets), value.
                tlvs.put(parameter.tag & 0xFFFF, Arrays.copyOfRange(serialized, 4, serialized.length));
            }
        }
        return new DeliverSmFields(
                pdu.getEsmClass() & 0xFF,
                pdu.getDataCoding() & 0xFF,
                pdu.getSourceAddr() == null ? "" : pdu.getSourceAddr(),
                pdu.getDestAddress() == null ? "" : pdu.getDestAddress(),
                pdu.getShortMessage() == null ? new byte[0] : pdu.getShortMessage(),
                tlvs);
    }

    @Override
    public void onAcceptAlertNotification(AlertNotification alertNotification) {
        log.debug("Ignoring alert_notification channel={}", channel);
    }

    @Override
    public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
        throw new ProcessRequestException("data_sm is not supported", SMPPConstant.STAT_ESME_RINVCMDID);
    }
}
