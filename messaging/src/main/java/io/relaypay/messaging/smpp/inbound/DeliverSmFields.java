package io.relaypay.messaging.smpp.inbound;

import java.util.Map;
import java.util.Objects;

/**
 * The fields of a received deliver_sm that we read, independent of the SMPP library that decoded
 * the PDU, so the decoding rules can be tested (and fuzzed) without a session.
 *
 * @param esmClass the esm_class octet
 * @param dataCoding the data_coding octet
 * @param sourceAddr source_addr (the phone for an MO, the recipient for a receipt)
 * @param destAddr destination_addr
 * @param shortMessage short_message
 * @param tlvs optional parameters by tag, raw values
 */
public record DeliverSmFields(
        int esmClass,
        int dataCoding,
        String sourceAddr,
        String destAddr,
        byte[] shortMessage,
        Map<Integer, byte[]> tlvs) {

    /** Requires every field; copies the TLV map. */
    public DeliverSmFields {
        Objects.requireNonNull(sourceAddr, "sourceAddr");
        Objects.requireNonNull(destAddr, "destAddr");
        Objects.requireNonNull(shortMessage, "shortMessage");
        tlvs = Map.copyOf(tlvs);
    }
}
