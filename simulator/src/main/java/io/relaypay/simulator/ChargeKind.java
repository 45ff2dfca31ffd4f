package io.relaypay.simulator;

/** What put a line on a phone's carrier bill. */
public enum ChargeKind {
    /** A premium MT the phone received (SMPP price TLV, Kannel {@code binfo}, JSON {@code premium_price}). */
    PREMIUM_SMS,
    /** A premium MO the phone sent to one of its carrier's premium short codes. */
    PREMIUM_MO,
    /** A payment charged through the operator billing API (one-step, or a confirmed reservation). */
    OPERATOR_BILLING,
    /** A refund of an operator billing payment: a credit on the bill, so its amounts are negative. */
    REFUND;

    /** The wire name, e.g. {@code premium_sms}. */
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
