package io.relaypay.interchange.funding;

/** Where refunds to the phone bill are recorded for the carrier's remittance to match. */
public interface PhoneBillRefundStore {

    /** Records {@code refund}; a repeat for the same refund id keeps the first record. */
    void record(PhoneBillRefund refund);
}
