package io.relaypay.interchange.settlement;

import io.relaypay.interchange.merchants.FeeTerms;
import io.relaypay.interchange.merchants.Merchant;
import java.util.Map;
import java.util.Objects;

/**
 * A merchant's fee per funding method: the merchant's own terms ({@link Merchant#fees()}) unless an
 * override for the method of this payment exists (e.g. operator billing costs the merchant more,
 * because the carrier's share is a cost).
 */
public final class MerchantFees {

    private final Map<String, Map<String, FeeTerms>> overrides;

    /** Overrides by merchant id, then funding method wire name. */
    public MerchantFees(Map<String, Map<String, FeeTerms>> overrides) {
        this.overrides = Map.copyOf(Objects.requireNonNull(overrides, "overrides"));
    }

    /** The terms that apply to {@code merchant} for a payment funded by {@code method}. */
    public FeeTerms termsFor(Merchant merchant, String method) {
        return overrides.getOrDefault(merchant.id(), Map.of()).getOrDefault(method, merchant.fees());
    }

    /** The fee on {@code amount}. */
    public long feeFor(Merchant merchant, String method, long amount) {
        return termsFor(merchant, method).feeFor(amount);
    }
}
