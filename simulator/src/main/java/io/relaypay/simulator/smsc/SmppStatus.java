package io.relaypay.simulator.smsc;

/** SMPP 3.4 command_status values the simulated SMSC answers with (SMPP 3.4 section 5.1.3). */
public final class SmppStatus {

    /** No error. */
    public static final int ESME_ROK = 0x00;
    /** System error. */
    public static final int ESME_RSYSERR = 0x08;
    /** Invalid destination address: unknown number, or a carrier this SMSC does not reach. */
    public static final int ESME_RINVDSTADR = 0x0B;
    /** Bind failed (binds refused by fault injection). */
    public static final int ESME_RBINDFAIL = 0x0D;
    /** Invalid password. */
    public static final int ESME_RINVPASWD = 0x0E;
    /** Invalid system_id. */
    public static final int ESME_RINVSYSID = 0x0F;
    /**
     * submit_sm failed: the message content could not be decoded (unsupported data_coding, bytes
     * invalid for it, malformed UDH).
     */
    public static final int ESME_RSUBMITFAIL = 0x45;
    /** Throttling error: over the throughput limit, or throttled by fault injection. */
    public static final int ESME_RTHROTTLED = 0x58;
    /**
     * Invalid optional parameter value: the premium price TLV 0x1401 is malformed, or its price is
     * not one of the carrier's price points.
     */
    public static final int ESME_RINVOPTPARAMVAL = 0xC4;

    private SmppStatus() {}
}
