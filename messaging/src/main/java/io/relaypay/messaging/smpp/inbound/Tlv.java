package io.relaypay.messaging.smpp.inbound;

/** Tags of the SMPP 3.4 optional parameters we read or write. */
public final class Tlv {
    /** receipted_message_id: C-string, the id of the message a receipt is about. */
    public static final int RECEIPTED_MESSAGE_ID = 0x001E;
    /** user_message_reference: 2 octets the ESME sets on submit_sm and the SMSC may echo in the receipt. */
    public static final int USER_MESSAGE_REFERENCE = 0x0204;
    /** sar_msg_ref_num: 2 octets, the reference shared by the parts of one message. */
    public static final int SAR_MSG_REF_NUM = 0x020C;
    /** sar_total_segments: 1 octet. */
    public static final int SAR_TOTAL_SEGMENTS = 0x020E;
    /** sar_segment_seqnum: 1 octet, from 1. */
    public static final int SAR_SEGMENT_SEQNUM = 0x020F;
    /** network_error_code: 3 octets, network type then a 2-octet error code. */
    public static final int NETWORK_ERROR_CODE = 0x0423;
    /** message_payload: the text, instead of short_message, for long single PDUs. */
    public static final int MESSAGE_PAYLOAD = 0x0424;
    /** message_state: 1 octet, the receipt's final state. */
    public static final int MESSAGE_STATE = 0x0427;
    /** Vendor TLV our carriers read the premium price from: ASCII {@code "<minor units> <ISO 4217>"}. */
    public static final int PREMIUM_PRICE = 0x1401;
    /** Vendor TLV with a billed premium MO: the carrier's id of that MO, ASCII. */
    public static final int PREMIUM_MO_ID = 0x1402;

    private Tlv() {}
}
