package io.relaypay.simulator.smsc;

import io.relaypay.simulator.SmscConfig;
import io.relaypay.simulator.SubmitSmRecord;
import io.relaypay.simulator.codec.Concatenation;
import io.relaypay.simulator.codec.MalformedMessageException;
import io.relaypay.simulator.codec.Reassembler;
import io.relaypay.simulator.codec.ShortMessageText;
import io.relaypay.simulator.codec.UserDataHeader;
import io.relaypay.simulator.network.MtMessage;
import io.relaypay.simulator.network.MtOutcome;
import io.relaypay.simulator.network.Network;
import io.relaypay.simulator.network.PremiumPrice;
import io.relaypay.simulator.network.VirtualPhone;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jsmpp.PDUStringException;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.util.MessageId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the SMSC does with one submit_sm: faults and throughput first, then routing, decoding,
 * pricing, delivery to the phone (joining concatenated parts) and the receipt to send back.
 */
final class SubmitHandler {

    /** Vendor TLV carrying a premium price as ASCII {@code "<minorUnits> <ISO4217>"}. */
    static final short TAG_PREMIUM_PRICE = 0x1401;

    private static final short TAG_SAR_MSG_REF_NUM = 0x020C;
    private static final short TAG_SAR_TOTAL_SEGMENTS = 0x020E;
    private static final short TAG_SAR_SEGMENT_SEQNUM = 0x020F;
    private static final Logger log = LoggerFactory.getLogger(SubmitHandler.class);

    private record Conversation(String sender, String recipient) {}

    private record Part(String id, String text, Optional<PremiumPrice> price) {}

    private final SmscConfig config;
    private final Network network;
    private final SmscFaults faults;
    private final ThroughputLimiter limiter;
    private final Reassembler<Conversation, Part> reassembler;
    private final SmscCounters counters;
    private final SubmitHistory history = new SubmitHistory(10_000);

    SubmitHandler(SmscConfig config, Network network, SmscFaults faults, SmscCounters counters) {
        this.config = config;
        this.network = network;
        this.faults = faults;
        this.counters = counters;
        this.limiter = new ThroughputLimiter(config.maxSubmitsPerSecond());
        this.reassembler = new Reassembler<>(network.clock(), Duration.ofHours(1));
    }

    AcceptedSubmit submit(SubmitSm submit) throws ProcessRequestException {
        try {
            AcceptedSubmit accepted = accept(submit);
            counters.accepted.incrementAndGet();
            return accepted;
        } catch (ProcessRequestException e) {
            counters.rejected.incrementAndGet();
            log.debug(
                    "smsc={} submit_sm to {} refused: 0x{} {}",
                    config.name(),
                    submit.getDestAddress(),
                    Integer.toHexString(e.getErrorCode()),
                    e.getMessage());
            throw e;
        }
    }

    private AcceptedSubmit accept(SubmitSm submit) throws ProcessRequestException {
        Optional<Integer> refusal = faults.refusal();
        if (refusal.isPresent()) {
            throw new ProcessRequestException("refused by fault injection", refusal.get());
        }
        if (!limiter.tryAcquire()) {
            throw new ProcessRequestException(
                    "over " + config.maxSubmitsPerSecond() + " submit_sm/s", SmppStatus.ESME_RTHROTTLED);
        }
        pauseForLatency();
        Instant submitted = network.clock().instant();
        VirtualPhone phone = network.phone(submit.getDestAddress())
                .filter(p -> config.carriers().contains(p.carrier()))
                .orElseThrow(() -> new ProcessRequestException(
                        "no subscriber " + submit.getDestAddress() + " on a carrier this SMSC reaches",
                        SmppStatus.ESME_RINVDSTADR));
        byte[] userData = userData(submit);
        Optional<Concatenation> position;
        String text;
        try {
            byte[] body = userData;
            position = sarPosition(submit);
            if (submit.isUdhi()) {
                UserDataHeader header = UserDataHeader.parse(userData);
                body = header.body();
                Optional<Concatenation> sar = position;
                position = header.concatenation().or(() -> sar);
            }
            text = ShortMessageText.decode(submit.getDataCoding(), body);
        } catch (MalformedMessageException e) {
            throw new ProcessRequestException(e.getMessage(), SmppStatus.ESME_RSUBMITFAIL);
        }
        Optional<PremiumPrice> price = premiumPrice(submit, phone);

        long number = network.ids().next();
        String id = faults.submitIdFormat().render(number);
        String receiptId = faults.receiptIdFormat().render(number);
        MtOutcome partOutcome =
                price.isPresent() && phone.premiumBarred() ? MtOutcome.PREMIUM_BARRED : MtOutcome.DELIVERED;
        String sender = senderOf(submit);
        history.add(new SubmitSmRecord(
                id,
                nullToEmpty(submit.getSourceAddr()),
                nullToEmpty(submit.getDestAddress()),
                submit.getDataCoding() & 0xFF,
                submit.getEsmClass() & 0xFF,
                submit.getRegisteredDelivery() & 0xFF,
                text,
                position.map(Concatenation::sequence),
                position.map(Concatenation::total),
                price.map(PremiumPrice::wire),
                submitted));
        Part part = new Part(id, text, price);
        Optional<List<Part>> complete = position.isEmpty()
                ? Optional.of(List.of(part))
                : reassembler.offer(new Conversation(sender, phone.msisdn()), position.get(), part);
        complete.ifPresent(parts -> network.deliver(phone, joined(sender, parts)));

        // Receipt faults are read at acceptance, so a test toggling them sees a clean cut-over.
        Optional<OutboundSm> receipt =
                !faults.dropReceipts() && receiptWanted(submit.getRegisteredDelivery(), partOutcome)
                        ? Optional.of(receipt(submit, receiptId, partOutcome, submitted, text))
                        : Optional.empty();
        try {
            return new AcceptedSubmit(new MessageId(id), receipt, faults.receiptDelay());
        } catch (PDUStringException e) {
            throw new ProcessRequestException("cannot render message id " + id, SmppStatus.ESME_RSYSERR);
        }
    }

    private MtMessage joined(String sender, List<Part> parts) {
        String text = parts.stream().map(Part::text).collect(Collectors.joining());
        Optional<PremiumPrice> price =
                parts.stream().flatMap(p -> p.price().stream()).findFirst();
        return new MtMessage(
                sender, text, price, config.name(), parts.getFirst().id());
    }

    private OutboundSm receipt(SubmitSm submit, String receiptId, MtOutcome outcome, Instant submitted, String text) {
        String body = Receipts.text(
                receiptId,
                outcome,
                submitted,
                network.clock().instant(),
                network.clock().getZone(),
                text);
        return new OutboundSm(
                "dlr",
                receiptId,
                OutboundSm.Address.of(submit.getDestAddrTon(), submit.getDestAddrNpi(), submit.getDestAddress()),
                OutboundSm.Address.of(submit.getSourceAddrTon(), submit.getSourceAddrNpi(), submit.getSourceAddr()),
                Receipts.ESM_CLASS_RECEIPT,
                (byte) 0x00,
                Receipts.bytes(body),
                Receipts.tlvs(
                        config.receiptedMessageIdTlv(),
                        receiptId,
                        outcome,
                        submit.getOptionalParameter(OptionalParameter.Tag.USER_MESSAGE_REFERENCE)));
    }

    // registered_delivery bits 1..0: 01 = receipt on success and failure, 10 = on failure only.
    private static boolean receiptWanted(byte registeredDelivery, MtOutcome outcome) {
        return switch (registeredDelivery & 0x03) {
            case 0x01 -> true;
            case 0x02 -> outcome != MtOutcome.DELIVERED;
            default -> false;
        };
    }

    private Optional<PremiumPrice> premiumPrice(SubmitSm submit, VirtualPhone phone) throws ProcessRequestException {
        OptionalParameter tlv = submit.getOptionalParameter(TAG_PREMIUM_PRICE);
        if (tlv == null) {
            return Optional.empty();
        }
        PremiumPrice price;
        try {
            String wire = tlv instanceof OptionalParameter.OctetString s
                    ? new String(s.getValue(), StandardCharsets.US_ASCII)
                    : "";
            price = PremiumPrice.parse(wire.replace("\0", ""));
        } catch (IllegalArgumentException e) {
            throw new ProcessRequestException(e.getMessage(), SmppStatus.ESME_RINVOPTPARAMVAL);
        }
        if (!network.billable(phone, price)) {
            throw new ProcessRequestException(
                    price.wire() + " is not a price point of carrier " + phone.carrier(),
                    SmppStatus.ESME_RINVOPTPARAMVAL);
        }
        return Optional.of(price);
    }

    private static byte[] userData(SubmitSm submit) {
        byte[] shortMessage = submit.getShortMessage();
        if (shortMessage != null && shortMessage.length > 0) {
            return shortMessage;
        }
        OptionalParameter payload = submit.getOptionalParameter(OptionalParameter.Tag.MESSAGE_PAYLOAD);
        if (payload instanceof OptionalParameter.OctetString s) {
            return s.getValue();
        }
        return new byte[0];
    }

    private static Optional<Concatenation> sarPosition(SubmitSm submit) {
        OptionalParameter ref = submit.getOptionalParameter(TAG_SAR_MSG_REF_NUM);
        OptionalParameter total = submit.getOptionalParameter(TAG_SAR_TOTAL_SEGMENTS);
        OptionalParameter seq = submit.getOptionalParameter(TAG_SAR_SEGMENT_SEQNUM);
        if (ref instanceof OptionalParameter.Short r
                && total instanceof OptionalParameter.Byte t
                && seq instanceof OptionalParameter.Byte s) {
            return Optional.of(new Concatenation(r.getValue() & 0xFFFF, t.getValue() & 0xFF, s.getValue() & 0xFF));
        }
        return Optional.empty();
    }

    List<SubmitSmRecord> recentSubmits() {
        return history.snapshot();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String senderOf(SubmitSm submit) {
        String source = submit.getSourceAddr() == null ? "" : submit.getSourceAddr();
        return submit.getSourceAddrTon() == 0x01 && !source.startsWith("+") ? "+" + source : source;
    }

    private void pauseForLatency() throws ProcessRequestException {
        if (config.latency().isZero()) {
            return;
        }
        try {
            Thread.sleep(config.latency());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProcessRequestException("interrupted", SmppStatus.ESME_RSYSERR);
        }
    }
}
