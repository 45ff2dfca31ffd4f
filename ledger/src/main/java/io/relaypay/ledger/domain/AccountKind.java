package io.relaypay.ledger.domain;

/**
 * What an account stands for. The kind does not change how the ledger moves money; it tells
 * reports, reconciliation and people reading the books what the balance means.
 */
public enum AccountKind {
    /** Funds a phone-number user holds with Relaypay. */
    USER,
    /** Funds owed to a merchant. */
    MERCHANT,
    /** What a carrier owes Relaypay for premium messages and operator billing it collected. */
    CARRIER_RECEIVABLE,
    /** Fees earned (or, for a carrier's share, paid). */
    FEES,
    /** Money lent to users against their phone bill. */
    LOANS,
    /** The bridge between currencies and between Relaypay and banks or card networks. */
    SETTLEMENT,
    /** The outside world's side of deposits and withdrawals (banks, card schemes). */
    EXTERNAL,
    /** Funds parked while a dispute or a reconciliation difference is resolved. */
    SUSPENSE
}
