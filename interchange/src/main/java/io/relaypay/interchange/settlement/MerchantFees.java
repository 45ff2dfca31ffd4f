package io.relaypay.interchange.settlement;

import io.relaypay.interchange.merchants.FeeTerms;
import io.relaypay.interchange.merchants.Merchant;
import java.util.Objects;

/**
 * A merchant's fee per funding method: the merchant's own terms ({@link Merchant#fees()}) unless it
 * has terms for the method of this payment (e.g. operator billing costs the merchant more, because
 * the carrier's share is a cost).
 */
public final class MerchantFees {

    private final MethodFeeStore store;

    /** Fees with the per-method terms in {@code store}. */
    public MerchantFees(MethodFeeStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** The terms that apply to {@code merchant} for a payment funded by {@code method}. */
    public FeeTerms termsFor(Merchant merchant, String method) {
        return store.of(merchant.id()).getOrDefault(method, merchant.fees());
    }

    /** The fee on {@code amount}. */
    public long feeFor(Merchant merchant, String method, long amount) {
        return termsFor(merchant, method).feeFor(amount);
    }
}
