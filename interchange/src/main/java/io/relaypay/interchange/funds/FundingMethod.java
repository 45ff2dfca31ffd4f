package io.relaypay.interchange.funds;

import java.util.Locale;

/** Where the money of a payment comes from. */
public enum FundingMethod {
    /** The buyer's Relaypay balance covered it. */
    BALANCE,
    /** The balance was short: the carrier charged the amount to the buyer's phone bill. */
    OPERATOR_BILLING,
    /**
     * The carrier would not bill the purchase: premium messages topped up the balance, which then
     * paid it.
     */
    PREMIUM_SMS;

    /** Lower-case-dashed, e.g. {@code operator-billing}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
