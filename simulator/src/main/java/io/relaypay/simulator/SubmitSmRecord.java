package io.relaypay.simulator;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One {@code submit_sm} an SMSC accepted, as it came over the wire, so that tests can check what
 * an ESME chose (coding, concatenation, receipt request) and not only what the phone saw.
 *
 * @param messageId the id given in {@code submit_sm_resp}
 * @param sourceAddress {@code source_addr}
 * @param destinationAddress {@code destination_addr}
 * @param dataCoding {@code data_coding} (0..255)
 * @param esmClass {@code esm_class} (0x40 when a UDH is present)
 * @param registeredDelivery {@code registered_delivery}
 * @param text this part's decoded text (without the UDH)
 * @param partNumber the part's number (from the UDH or SAR TLVs), if concatenated
 * @param totalParts the number of parts, if concatenated
 * @param premiumPrice the premium price TLV 0x1401 as sent, if any
 * @param at when it was accepted
 */
public record SubmitSmRecord(
        String messageId,
        String sourceAddress,
        String destinationAddress,
        int dataCoding,
        int esmClass,
        int registeredDelivery,
        String text,
        Optional<Integer> partNumber,
        Optional<Integer> totalParts,
        Optional<String> premiumPrice,
        Instant at) {

    /** Requires every field. */
    public SubmitSmRecord {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(sourceAddress, "sourceAddress");
        Objects.requireNonNull(destinationAddress, "destinationAddress");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(partNumber, "partNumber");
        Objects.requireNonNull(totalParts, "totalParts");
        Objects.requireNonNull(premiumPrice, "premiumPrice");
        Objects.requireNonNull(at, "at");
    }
}
