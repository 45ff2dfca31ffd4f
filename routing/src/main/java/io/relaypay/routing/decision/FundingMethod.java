package io.relaypay.routing.decision;

/** Where the money for a payment comes from; carrier rules look only at the carrier-billed ones. */
public enum FundingMethod {
    /** The payer's Relaypay balance. */
    BALANCE,
    /** Charged to the phone bill by the carrier's billing API. */
    OPERATOR_BILLING,
    /** Paid by premium-rate SMS at one of the carrier's fixed price points. */
    PREMIUM_SMS,
    /** A payment card through a processor. */
    CARD,
    /** A bank transfer or direct debit. */
    BANK;

    /** Whether the carrier bills this payment, so its price points and premium caps apply. */
    public boolean carrierBilled() {
        return this == OPERATOR_BILLING || this == PREMIUM_SMS;
    }
}
