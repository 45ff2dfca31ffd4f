package io.relaypay.interchange.funds;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Why a transfer was made: its ledger {@code code}, shown by name in the admin API. */
public enum Entry {
    /** Buyer to merchant for a payment (the hold and its post). */
    PAYMENT(1),
    /** Merchant to the fees account: Relaypay's fee on a payment. */
    FEE(2),
    /** Carrier receivable to buyer: what the carrier billed to the buyer's phone. */
    CARRIER_CHARGE(3),
    /** Carrier share cost to carrier receivable: what the carrier keeps of that. */
    CARRIER_SHARE(4),
    /** Merchant to buyer: a refund. */
    REFUND(5),
    /** External to buyer: a test-mode top-up by the admin. */
    TOP_UP(6),
    /** Merchant balance to its payout account: a payout run paid the merchant. */
    PAYOUT(7),
    /** Settlement (bank) account to carrier receivable: cash the carrier remitted. */
    REMITTANCE(8),
    /** Buyer to the fees account: a user fee for funding a payment, taken now or later. */
    USER_FEE(9),
    /** Promotion cost to buyer: bonus credit on a deposit. */
    PROMOTION(10),
    /** Processor clearing (or carrier receivable) to buyer: a deposit by card, bank, stored value or phone bill. */
    FUNDING_CHARGE(20),
    /** Processor fee cost to processor clearing: what the processor keeps of a deposit. */
    PROCESSOR_FEE(21),
    /** Buyer to processor clearing: a deposit given back to the card, bank or stored-value account. */
    FUNDING_REFUND(22);

    private final int code;

    Entry(int code) {
        this.code = code;
    }

    /** The ledger code. */
    public int code() {
        return code;
    }

    /** The wire name, e.g. {@code carrier_share}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The entry with this ledger code. */
    public static Optional<Entry> of(int code) {
        return Arrays.stream(values()).filter(e -> e.code == code).findFirst();
    }
}
