package io.relaypay.interchange.settlement;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where payouts and the merchants' payout accounts are kept. */
public interface PayoutStore {

    /**
     * A merchant's balance in one currency and mode, as indexed in {@code ledger_accounts}.
     *
     * @param merchantId the merchant
     * @param currency ISO-4217 code
     * @param livemode test or live money
     */
    record MerchantAccount(String merchantId, String currency, boolean livemode) {}

    /** Every merchant balance the ledger has opened. */
    List<MerchantAccount> merchantAccounts();

    /** The merchant's payout account, if it set one. */
    Optional<String> payoutAccount(String merchantId);

    /** Sets the merchant's payout account; false when there is no such merchant. */
    boolean setPayoutAccount(String merchantId, String account);

    /** The payout of this merchant, mode, currency and period, if one was made. */
    Optional<Payout> find(String merchantId, boolean livemode, String currency, Period period);

    /** A payout by id, for the merchant and mode that may see it. */
    Optional<Payout> find(String id, String merchantId, boolean livemode);

    /**
     * Stores {@code payout} unless one exists for its merchant, mode, currency and period; either
     * way answers the one stored.
     */
    Payout insertIfAbsent(Payout payout);

    /** Moves a pending payout on; false when it was not pending any more. */
    boolean finish(String id, PayoutStatus status, Optional<String> failureReason, Instant now);

    /** The merchant's payouts in a mode, newest first. */
    List<Payout> ofMerchant(String merchantId, boolean livemode, int limit);

    /** Payouts still pending since before {@code before}, oldest first. */
    List<Payout> stuck(Instant before, int limit);
}
