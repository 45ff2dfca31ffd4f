package io.relaypay.interchange.deposits;

import java.util.Locale;

/** Where a deposit request came from. */
public enum DepositSource {
    /** The deposit page. */
    WEB,
    /** An SMS keyword ({@code DEPOSIT 10}) to the interchange's number. */
    SMS,
    /** The admin API. */
    API,
    /** A purchase the balance did not cover ({@link PurchaseFunding}). */
    PURCHASE;

    /** The wire name. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
