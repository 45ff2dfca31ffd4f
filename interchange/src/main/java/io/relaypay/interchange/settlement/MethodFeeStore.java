package io.relaypay.interchange.settlement;

import io.relaypay.interchange.merchants.FeeTerms;
import java.util.Map;

/** Where a merchant's fee terms per funding method are kept. */
public interface MethodFeeStore {

    /** The merchant's overrides by funding method wire name; empty when it has none. */
    Map<String, FeeTerms> of(String merchantId);

    /** Sets the merchant's terms for {@code method}; false when there is no such merchant. */
    boolean set(String merchantId, String method, FeeTerms terms);
}
