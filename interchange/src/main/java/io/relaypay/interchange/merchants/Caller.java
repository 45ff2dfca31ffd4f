package io.relaypay.interchange.merchants;

import java.util.Objects;

/**
 * Who is calling the merchant API: the merchant of the presented key and the key's mode. Objects
 * of the other mode or merchant are invisible to the caller.
 *
 * @param merchantId the merchant
 * @param livemode whether the key is a live key
 */
public record Caller(String merchantId, boolean livemode) {

    /** Requires a merchant. */
    public Caller {
        Objects.requireNonNull(merchantId, "merchantId");
    }
}
