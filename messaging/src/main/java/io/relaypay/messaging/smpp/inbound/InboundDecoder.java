package io.relaypay.messaging.smpp.inbound;

import io.relaypay.messaging.DeliveryStatus;
import io.relaypay.messaging.InvalidMessageException;
import io.relaypay.messaging.PremiumPrice;
import io.relaypay.messaging.smpp.codec.Concatenation;
import io.relaypay.messaging.smpp.codec.SmppFormatException;
import io.relaypay.messaging.smpp.codec.TextDecoder;
import io.relaypay.messaging.smpp.codec.UserDataHeader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Tells a delivery receipt from a mobile-originated message in a deliver_sm and reads either.
 * A receipt takes its id from {@code receipted_message_id} and its state from {@code
 * message_state} when the SMSC set them, else from the receipt text. An MO keeps its raw text
 * bytes, because the parts of a concatenated MO are joined before they are decoded (a UCS-2
 * surrogate pair or a GSM escape may straddle two parts).
 */
public final class InboundDecoder {

    private static final int MESSAGE_TYPE_MASK = 0x3C;
    private static final int SMSC_DELIVERY_RECEIPT = 0x04;
    private static final int INTERMEDIATE_NOTIFICATION = 0x20;
    private static final int UDHI = 0x40;

    private InboundDecoder() {}

    /** What a deliver_sm carried. */
    public sealed interface Inbound {}

    /**
     * A delivery receipt.
     *
     * @param messageId the id as the SMSC reported it (not yet matched to a submitted id)
     * @param status the state
     * @param error the SMSC's or network's error code, when it gave one
     * @param recipient source_addr: the phone the message went to, as the SMSC wrote it
     * @param userMessageReference our {@code user_message_reference}, when the SMSC echoed it
     */
    public record Receipt(
            String messageId,
            DeliveryStatus status,
            Optional<String> error,
            Optional<String> recipient,
            Optional<Integer> userMessageReference)
            implements Inbound {

        /** A receipt that names neither the recipient nor our reference. */
        public Receipt(String messageId, DeliveryStatus status, Optional<String> error) {
            this(messageId, status, error, Optional.empty(), Optional.empty());
        }
    }

    /**
     * A mobile-originated message or one part of one.
     *
     * @param from source_addr
     * @param to destination_addr
     * @param dataCoding how {@code text} is written
     * @param text the raw text bytes, header removed
     * @param concatenation where the part sits, when it is a part
     * @param premiumPrice what the MO billed the phone, when the carrier says so (vendor TLV 0x1401)
     * @param carrierId the carrier's id of a billed MO (vendor TLV 0x1402), which tells a second
     *     billed MO with the same text from a redelivery
     */
    public record MoPart(
            String from,
            String to,
            int dataCoding,
            byte[] text,
            Optional<Concatenation> concatenation,
            Optional<PremiumPrice> premiumPrice,
            Optional<String> carrierId)
            implements Inbound {

        /** A part that billed nothing. */
        public MoPart(String from, String to, int dataCoding, byte[] text, Optional<Concatenation> concatenation) {
            this(from, to, dataCoding, text, concatenation, Optional.empty(), Optional.empty());
        }
    }

    /**
     * Reads one deliver_sm.
     *
     * @throws SmppFormatException when anything in it is malformed or unsupported
     */
    public static Inbound decode(DeliverSmFields pdu) {
        int type = pdu.esmClass() & MESSAGE_TYPE_MASK;
        if (type == SMSC_DELIVERY_RECEIPT || type == INTERMEDIATE_NOTIFICATION) {
            return receipt(pdu);
        }
        if (type != 0) {
            throw new SmppFormatException("unsupported esm_class message type 0x%02X".formatted(type));
        }
        return moPart(pdu);
    }

    private static Receipt receipt(DeliverSmFields pdu) {
        Optional<String> tlvId = optional(pdu, Tlv.RECEIPTED_MESSAGE_ID).map(InboundDecoder::cString);
        Optional<DeliveryStatus> tlvState = optional(pdu, Tlv.MESSAGE_STATE).map(value -> {
            if (value.length != 1) {
                throw new SmppFormatException("message_state must be 1 octet, is " + value.length);
            }
            return MessageStates.status(value[0] & 0xFF);
        });
        Optional<String> networkError = optional(pdu, Tlv.NETWORK_ERROR_CODE).map(InboundDecoder::networkError);
        Optional<String> recipient = pdu.sourceAddr().isEmpty() ? Optional.empty() : Optional.of(pdu.sourceAddr());
        Optional<Integer> reference = optional(pdu, Tlv.USER_MESSAGE_REFERENCE).map(value -> {
            if (value.length != 2) {
                throw new SmppFormatException("user_message_reference must be 2 octets, is " + value.length);
            }
            return (value[0] & 0xFF) << 8 | value[1] & 0xFF;
        });
        if (tlvId.isPresent() && tlvState.isPresent()) {
            // The TLVs are authoritative; for a failure the text, when it parses, may carry the err field.
            DeliveryStatus status = tlvState.get();
            Optional<String> error = status.isDelivered() ? networkError : networkError.or(() -> textError(pdu));
            return new Receipt(tlvId.get(), status, error, recipient, reference);
        }
        String text = readableText(pdu).orElseThrow(() -> new SmppFormatException("receipt has neither TLVs nor text"));
        ReceiptText parsed = ReceiptText.parse(text);
        return new Receipt(
                tlvId.orElse(parsed.id()),
                tlvState.orElse(parsed.status()),
                networkError.or(parsed::error),
                recipient,
                reference);
    }

    private static Optional<String> textError(DeliverSmFields pdu) {
        try {
            return readableText(pdu).flatMap(text -> ReceiptText.parse(text).error());
        } catch (SmppFormatException e) {
            return Optional.empty();
        }
    }

    private static MoPart moPart(DeliverSmFields pdu) {
        byte[] sm = body(pdu);
        int textStart = 0;
        Optional<Concatenation> concatenation = Optional.empty();
        if ((pdu.esmClass() & UDHI) != 0) {
            UserDataHeader udh = UserDataHeader.parse(sm);
            textStart = udh.length();
            concatenation = udh.concatenation();
        }
        if (concatenation.isEmpty()) {
            concatenation = sar(pdu);
        }
        TextDecoder.alphabet(pdu.dataCoding());
        return new MoPart(
                pdu.sourceAddr(),
                pdu.destAddr(),
                pdu.dataCoding(),
                Arrays.copyOfRange(sm, textStart, sm.length),
                concatenation,
                optional(pdu, Tlv.PREMIUM_PRICE).map(InboundDecoder::premiumPrice),
                optional(pdu, Tlv.PREMIUM_MO_ID).map(InboundDecoder::carrierId));
    }

    /** The carrier's id of a billed MO: printable ASCII, at most 64 octets. */
    private static String carrierId(byte[] value) {
        int end = value.length;
        while (end > 0 && value[end - 1] == 0) {
            end--;
        }
        if (end == 0 || end > 64) {
            throw new SmppFormatException("premium MO id TLV must be 1 to 64 octets");
        }
        for (int i = 0; i < end; i++) {
            int b = value[i] & 0xFF;
            if (b <= 0x20 || b >= 0x7F) {
                throw new SmppFormatException("premium MO id TLV has a non-printable octet 0x%02X".formatted(b));
            }
        }
        return new String(value, 0, end, StandardCharsets.US_ASCII);
    }

    /** The vendor price TLV, ASCII {@code "<minor units> <ISO 4217>"} as on premium MTs. */
    private static PremiumPrice premiumPrice(byte[] value) {
        int end = value.length;
        while (end > 0 && value[end - 1] == 0) {
            end--;
        }
        String wire = new String(value, 0, end, StandardCharsets.US_ASCII);
        String[] fields = wire.strip().split(" +");
        if (fields.length != 2 || !fields[0].matches("[0-9]{1,12}") || !fields[1].matches("[A-Z]{3}")) {
            throw new SmppFormatException("premium price TLV must look like \"199 EUR\"");
        }
        try {
            return new PremiumPrice(Long.parseLong(fields[0]), fields[1]);
        } catch (InvalidMessageException e) {
            throw new SmppFormatException("premium price TLV: " + e.getMessage());
        }
    }

    private static Optional<Concatenation> sar(DeliverSmFields pdu) {
        Optional<byte[]> ref = optional(pdu, Tlv.SAR_MSG_REF_NUM);
        Optional<byte[]> total = optional(pdu, Tlv.SAR_TOTAL_SEGMENTS);
        Optional<byte[]> seq = optional(pdu, Tlv.SAR_SEGMENT_SEQNUM);
        if (ref.isEmpty() && total.isEmpty() && seq.isEmpty()) {
            return Optional.empty();
        }
        if (ref.isEmpty() || total.isEmpty() || seq.isEmpty()) {
            throw new SmppFormatException("SAR TLVs must come together: ref, total and sequence");
        }
        byte[] r = ref.get();
        if (r.length != 2 || total.get().length != 1 || seq.get().length != 1) {
            throw new SmppFormatException("SAR TLVs have wrong lengths");
        }
        int reference = ((r[0] & 0xFF) << 8) | (r[1] & 0xFF);
        return Optional.of(new Concatenation(reference, total.get()[0] & 0xFF, seq.get()[0] & 0xFF));
    }

    /** The receipt text, skipping a header; receipts are ASCII in practice, so Latin-1 unless UCS-2. */
    private static Optional<String> readableText(DeliverSmFields pdu) {
        byte[] sm = body(pdu);
        int start = (pdu.esmClass() & UDHI) != 0 ? UserDataHeader.parse(sm).length() : 0;
        if (start == sm.length) {
            return Optional.empty();
        }
        if ((pdu.dataCoding() & 0xFF) == 0x08) {
            return Optional.of(TextDecoder.decode(0x08, sm, start, sm.length - start));
        }
        return Optional.of(new String(sm, start, sm.length - start, StandardCharsets.ISO_8859_1));
    }

    private static byte[] body(DeliverSmFields pdu) {
        if (pdu.shortMessage().length > 0) {
            return pdu.shortMessage();
        }
        return optional(pdu, Tlv.MESSAGE_PAYLOAD).orElse(pdu.shortMessage());
    }

    private static Optional<byte[]> optional(DeliverSmFields pdu, int tag) {
        return Optional.ofNullable(pdu.tlvs().get(tag));
    }

    private static String cString(byte[] value) {
        int end = value.length;
        while (end > 0 && value[end - 1] == 0) {
            end--;
        }
        if (end == 0) {
            throw new SmppFormatException("receipted_message_id is empty");
        }
        if (end > ReceiptText.MAX_ID_LENGTH) {
            throw new SmppFormatException("receipted_message_id longer than " + ReceiptText.MAX_ID_LENGTH);
        }
        for (int i = 0; i < end; i++) {
            int b = value[i] & 0xFF;
            if (b <= 0x20 || b >= 0x7F) {
                throw new SmppFormatException("receipted_message_id has a non-printable octet 0x%02X".formatted(b));
            }
        }
        return new String(value, 0, end, StandardCharsets.US_ASCII);
    }

    private static String networkError(byte[] value) {
        if (value.length != 3) {
            throw new SmppFormatException("network_error_code must be 3 octets, is " + value.length);
        }
        return "network:" + HexFormat.of().formatHex(value);
    }
}
