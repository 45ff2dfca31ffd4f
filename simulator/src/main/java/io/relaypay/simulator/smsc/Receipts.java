package io.relaypay.simulator.smsc;

import io.relaypay.simulator.network.MtOutcome;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.jsmpp.bean.MessageState;
import org.jsmpp.bean.OptionalParameter;

/**
 * Delivery receipts in the de-facto SMPP 3.4 Appendix B text form:
 *
 * <pre>id:&lt;ID&gt; sub:001 dlvrd:001 submit date:YYMMDDhhmm done date:YYMMDDhhmm stat:DELIVRD err:000 text:&lt;20 chars&gt;</pre>
 *
 * optionally with the {@code receipted_message_id} (0x001E) and {@code message_state} (0x0427) TLVs.
 */
final class Receipts {

    /** esm_class of a delivery receipt (SMSC delivery receipt message type). */
    static final byte ESM_CLASS_RECEIPT = 0x04;

    private static final DateTimeFormatter RECEIPT_DATE = DateTimeFormatter.ofPattern("yyMMddHHmm");
    // Characters that mean the same in ASCII and in the GSM 03.38 basic table, so the receipt reads
    // the same whether the ESME decodes data_coding 0 as GSM or as ASCII.
    private static final String SAFE_PUNCTUATION = " !\"#%&'()*+,-./:;<=>?";

    private Receipts() {}

    static String text(
            String id, MtOutcome outcome, Instant submitted, Instant done, ZoneId zone, String originalText) {
        boolean delivered = outcome == MtOutcome.DELIVERED;
        return "id:" + id
                + " sub:001 dlvrd:" + (delivered ? "001" : "000")
                + " submit date:" + RECEIPT_DATE.format(submitted.atZone(zone))
                + " done date:" + RECEIPT_DATE.format(done.atZone(zone))
                + " stat:" + outcome.receiptStatus()
                + " err:" + outcome.receiptError()
                + " text:" + safe(originalText.length() > 20 ? originalText.substring(0, 20) : originalText);
    }

    static byte[] bytes(String receiptText) {
        return receiptText.getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * The receipt's TLVs: the id and state when {@code include}, and the ESME's {@code
     * user_message_reference} echoed back whenever the submit carried one (SMPP 3.4 allows it in
     * deliver_sm), so an ESME that lost its submit_sm_resp can still tell which message this was.
     */
    static OptionalParameter[] tlvs(
            boolean include, String id, MtOutcome outcome, OptionalParameter userMessageReference) {
        List<OptionalParameter> tlvs = new ArrayList<>(3);
        if (include) {
            tlvs.add(new OptionalParameter.Receipted_message_id(id));
            MessageState state = outcome == MtOutcome.DELIVERED ? MessageState.DELIVERED : MessageState.REJECTED;
            tlvs.add(new OptionalParameter.Message_state(state.value()));
        }
        if (userMessageReference != null) {
            tlvs.add(userMessageReference);
        }
        return tlvs.toArray(OptionalParameter[]::new);
    }

    private static String safe(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            boolean alnum = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
            out.append(alnum || SAFE_PUNCTUATION.indexOf(c) >= 0 ? c : '?');
        }
        return out.toString();
    }
}
