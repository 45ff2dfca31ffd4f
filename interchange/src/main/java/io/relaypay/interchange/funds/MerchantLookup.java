package io.relaypay.interchange.funds;

import io.relaypay.interchange.merchants.Merchant;
import java.util.Optional;

/** Finds a merchant's terms (fees, name); {@code MerchantService::find} in production. */
@FunctionalInterface
public interface MerchantLookup {

    /** The merchant with this id. */
    Optional<Merchant> find(String merchantId);
}
