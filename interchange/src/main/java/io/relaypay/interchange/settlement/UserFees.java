package io.relaypay.interchange.settlement;

import io.relaypay.interchange.merchants.FeeTerms;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the user pays Relaypay per funding method (a deposit by premium SMS, operator billing, a
 * card…), and whether it is taken now or deferred: a deferred fee is owed and taken from the user's
 * later purchases, so a deposit credits the full amount.
 */
public final class UserFees {

    /** No user fees. */
    public static final UserFees NONE = new UserFees(Map.of(), false);

    private final Map<String, FeeTerms> byMethod;
    private final boolean deferred;

    /**
     * @param byMethod terms by funding method wire name (e.g. {@code operator-billing}); methods not
     *     listed are free
     * @param deferred whether fees are owed and taken with later purchases instead of at once
     */
    public UserFees(Map<String, FeeTerms> byMethod, boolean deferred) {
        this.byMethod = Map.copyOf(Objects.requireNonNull(byMethod, "byMethod"));
        this.deferred = deferred;
    }

    /**
     * The fee on one funding.
     *
     * @param amount in minor units
     * @param deferred whether it is owed rather than taken now
     */
    public record Fee(long amount, boolean deferred) {}

    /** Whether fees are owed and taken by later purchases. */
    public boolean deferred() {
        return deferred;
    }

    /** The fee on funding {@code amount} by {@code method}. */
    public Fee feeFor(String method, long amount) {
        long fee = byMethod.getOrDefault(method, FeeTerms.NONE).feeFor(amount);
        return new Fee(fee, deferred && fee > 0);
    }

    /**
     * The fee charged with funding {@code amount} by {@code method} itself, if there is one: none
     * when fees are deferred (then it is owed, and later purchases take it).
     */
    public Optional<Long> chargedAtOnce(String method, long amount) {
        Fee fee = feeFor(method, amount);
        return fee.amount() > 0 && !fee.deferred() ? Optional.of(fee.amount()) : Optional.empty();
    }

    /**
     * How much of what a user owes in deferred fees a purchase collects: all of it when the wallet
     * has enough left after the purchase, else what is left, so a purchase is never refused for a
     * fee.
     */
    public static long collectable(long owed, long walletAfterPurchase) {
        return Math.max(0, Math.min(owed, walletAfterPurchase));
    }
}
