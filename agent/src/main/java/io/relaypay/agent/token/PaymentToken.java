package io.relaypay.agent.token;

import java.util.Optional;

/**
 * A payment token whose signature checked out, with its claims.
 *
 * @param compact the token as received, passed on to the interchange unchanged
 * @param kid the merchant key that signed it
 * @param merchant the merchant's account id
 * @param amount minor units
 * @param currency ISO 4217
 * @param reference the merchant's reference
 * @param description what is bought, if given
 * @param origin the exact origin the merchant issued it for
 * @param nonce its single-use nonce
 * @param issuedAt unix seconds
 * @param expiresAt unix seconds
 */
public record PaymentToken(
        String compact,
        String kid,
        String merchant,
        long amount,
        String currency,
        String reference,
        Optional<String> description,
        String origin,
        String nonce,
        long issuedAt,
        long expiresAt) {}
