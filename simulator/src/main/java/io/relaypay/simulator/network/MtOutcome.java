package io.relaypay.simulator.network;

/** What happened to an MT at the phone. */
public enum MtOutcome {
    /** In the inbox; premium charged to the bill. */
    DELIVERED,
    /** Premium message to a premium-barred phone: not delivered, not charged. */
    PREMIUM_BARRED;

    /** The receipt status word ({@code stat:} field of a delivery receipt). */
    public String receiptStatus() {
        return this == DELIVERED ? "DELIVRD" : "REJECTD";
    }

    /**
     * The receipt error code ({@code err:} field). 000 on success; 069 for a premium-barred
     * subscriber (the simulator's own code, documented in the simulator README).
     */
    public String receiptError() {
        return this == DELIVERED ? "000" : "069";
    }
}
