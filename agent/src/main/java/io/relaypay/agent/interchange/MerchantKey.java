package io.relaypay.agent.interchange;

import static java.util.Objects.requireNonNull;

import java.security.PublicKey;
import java.util.Set;

/**
 * A merchant's token-signing key as the interchange publishes it.
 *
 * @param merchant the merchant's account id
 * @param merchantName the name the prompt shows
 * @param kid the key id tokens name
 * @param publicKey verifies the merchant's payment tokens
 * @param allowedOrigins the exact origins whose pages may use tokens of this key
 */
public record MerchantKey(
        String merchant, String merchantName, String kid, PublicKey publicKey, Set<String> allowedOrigins) {

    /** Checks the fields. */
    public MerchantKey {
        requireNonNull(merchant, "merchant");
        requireNonNull(merchantName, "merchantName");
        requireNonNull(kid, "kid");
        requireNonNull(publicKey, "publicKey");
        allowedOrigins = Set.copyOf(allowedOrigins);
    }
}
