package io.relaypay.interchange.settlement;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where user fee debts and their collections are kept. */
public interface UserFeeStore {

    /**
     * What a user owes for funding one payment.
     *
     * @param paymentId the payment whose funding cost the fee
     * @param userId the buyer
     * @param currency ISO-4217 code
     * @param livemode test or live money
     * @param amount the fee
     * @param collected taken from the wallet so far
     */
    record Debt(String paymentId, String userId, String currency, boolean livemode, long amount, long collected) {
        /** What is still owed. */
        public long remaining() {
            return amount - collected;
        }
    }

    /** The funding method a payment was settled by, by wire name, if it has been. */
    Optional<String> fundingMethod(String paymentId);

    /** Records a debt unless one exists for its payment. */
    void recordIfAbsent(Debt debt, String method, Instant now);

    /** The user's debts with something left to collect, oldest first. */
    List<Debt> open(String userId, String currency, boolean livemode);

    /** The amount of an earlier collection of {@code debt} by {@code payment}, if any. */
    Optional<Long> collection(String debtPaymentId, String paymentId);

    /** Fixes a collection's amount before it is booked; answers the amount stored. */
    long startCollection(String debtPaymentId, String paymentId, long amount, Instant now);

    /** The ledger refused the collection (the wallet was short): forget it. */
    void dropCollection(String debtPaymentId, String paymentId);

    /**
     * A collection whose amount was fixed but not yet marked booked.
     *
     * @param debtPaymentId the debt's payment
     * @param paymentId the collecting payment
     */
    record Unfinished(String debtPaymentId, String paymentId) {}

    /** Collections started before {@code before} and never marked booked (a crash), up to {@code limit}. */
    List<Unfinished> unfinished(Instant before, int limit);

    /** The collection is booked: adds it to the debt's collected amount, once. */
    void finishCollection(String debtPaymentId, String paymentId);
}
